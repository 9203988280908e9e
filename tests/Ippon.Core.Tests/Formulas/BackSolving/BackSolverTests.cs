using Ippon.Formulas;
using Ippon.Formulas.BackSolving;
using Ippon.Formulas.Syntax;

namespace Ippon.Tests.Formulas.BackSolving;

public class BackSolverTests
{
    static SolveResult Solve(string formula, string lever, decimal target, params (string Id, decimal Value)[] inputs)
    {
        var h = new FormulaHarness(formula, inputs);
        return BackSolver.Solve(h.Node, 0, h.IndexOf(lever), 0, target, h.Cells);
    }

    [Theory]
    [InlineData("x * 2000000", 40_000_000, 20)]
    [InlineData("2000000 * x", 40_000_000, 20)]
    [InlineData("x * 0.2", 20, 100)]
    [InlineData("x / 4", 5, 20)]
    [InlineData("100 / x", 4, 25)]
    [InlineData("x + 60", 100, 40)]
    [InlineData("60 + x", 100, 40)]
    [InlineData("x - 10", 100, 110)]
    [InlineData("50 - x", 20, 30)]
    [InlineData("-x", 5, -5)]
    [InlineData("sum(10, x, 20)", 100, 70)]
    [InlineData("(x + 10) * 0.2", 20, 90)]
    [InlineData("1000 / (x * 2)", 5, 100)]
    public void Solve_LeverOnceOnAnInvertiblePath_InvertsExactly(string formula, double target, double expected)
    {
        var r = Solve(formula, "x", (decimal)target, ("x", 0m));

        Assert.True(r.Success);
        Assert.Equal(SolveMethod.Exact, r.Method);
        Assert.Equal((decimal)expected, r.Value);
    }

    [Fact]
    public void Solve_Product_RecordsTheStepWithItsOperand()
    {
        var r = Solve("orders * unit_price", "orders", 40_000_000m, ("orders", 0m), ("unit_price", 2_000_000m));

        var step = Assert.Single(r.Steps);
        Assert.Equal(BinaryOp.Divide, step.Op);
        Assert.Equal(2_000_000m, step.Operand);
        Assert.False(step.Reversed);
    }

    [Fact]
    public void Solve_LeverInTheDenominator_RecordsAReversedStep()
    {
        var r = Solve("budget / cpa", "cpa", 5_000m, ("budget", 10_000_000m), ("cpa", 0m));

        Assert.Equal(2_000m, r.Value);
        Assert.True(Assert.Single(r.Steps).Reversed);
    }

    [Fact]
    public void Solve_OneThirdRate_StaysWithinNoiseOfTheWholeNumber()
    {
        var r = Solve("x * rate", "x", 20m, ("x", 0m), ("rate", 1m / 3m));

        Assert.Equal(60m, decimal.Round(r.Value!.Value, 12));
    }

    [Theory]
    [InlineData("x * x", 25, 5)]
    [InlineData("x ^ 2 * 0.2", 20, 10)]
    [InlineData("x * 0.2 + x * 0.05", 20, 80)]
    [InlineData("min(x, 500) * 0.2", 20, 100)]
    [InlineData("max(x, 10) * 2", 100, 50)]
    public void Solve_NonInvertibleFormula_SolvesNumericallyAndMeetsTheTarget(string formula, double target, double expected)
    {
        var h = new FormulaHarness(formula, ("x", 0m));

        var r = BackSolver.Solve(h.Node, 0, 0, 0, (decimal)target, h.Cells);

        Assert.True(r.Success);
        Assert.Equal(SolveMethod.Numeric, r.Method);
        Assert.Equal((decimal)expected, decimal.Round(r.Value!.Value, 12));
        h.Cells.Set(0, 0, r.Value.Value);
        Assert.True(h.Evaluate().Value >= (decimal)target);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(-9)]
    public void Solve_SquareOfALeverThatMayBeNegative_IsTheNonNegativeRoot(double start)
    {
        // a * a = 100 has two roots; a plan number is an amount, so 10 (it was -10 for a `number` lever).
        var h = new FormulaHarness("a * a", ("a", (decimal)start));

        var r = BackSolver.Solve(h.Node, 0, 0, 0, 100m, h.Cells, nonNegative: false);

        Assert.Equal(10m, decimal.Round(r.Value!.Value, 12));
    }

    [Fact]
    public void Solve_OnlyANegativeValueMeetsTheTarget_IsThatValue()
    {
        var h = new FormulaHarness("0 - a", ("a", 0m));

        var r = BackSolver.Solve(h.Node, 0, 0, 0, 5m, h.Cells, nonNegative: false);

        Assert.Equal(-5m, decimal.Round(r.Value!.Value, 12));
    }

    [Fact]
    public void Solve_FlatFormula_FindsTheLeastValueThatMeetsTheTarget()
    {
        // round(0.2 x) = 20 from x = 97.5 on (19.5 rounds away from zero).
        var r = Solve("round(x * 0.2)", "x", 20m, ("x", 0m));

        Assert.Equal(97.5m, decimal.Round(r.Value!.Value, 12));
    }

    [Fact]
    public void Solve_FloorOfAQuotient_FindsTheLeastValueThatMeetsTheTarget()
    {
        var r = Solve("floor(x / 3)", "x", 7m, ("x", 0m));

        Assert.Equal(21m, decimal.Round(r.Value!.Value, 12));
    }

    [Fact]
    public void Solve_DecreasingFormula_FindsTheLargestValueThatStillMeetsTheTarget()
    {
        // 100 / x² ≥ 4 holds up to x = 5.
        var r = Solve("100 / x ^ 2", "x", 4m, ("x", 1m));

        Assert.Equal(5m, decimal.Round(r.Value!.Value, 12));
        Assert.True(100m / (r.Value.Value * r.Value.Value) >= 4m);
    }

    [Fact]
    public void Solve_OtherFactorIsZero_FailsWithDivisionByZero()
    {
        var r = Solve("x * rate", "x", 20m, ("x", 0m), ("rate", 0m));

        Assert.False(r.Success);
        Assert.Equal(FormulaError.DivByZero, r.Error);
    }

    [Fact]
    public void Solve_TargetBeyondACap_FailsAsOutOfDomain()
    {
        var r = Solve("min(x, 50) * 0.2", "x", 20m, ("x", 0m));

        Assert.False(r.Success);
        Assert.Equal(FormulaError.Domain, r.Error);
    }

    [Fact]
    public void Solve_LeverNotInTheFormula_FailsAsAReference()
    {
        var r = Solve("a * 2", "x", 20m, ("a", 1m), ("x", 0m));

        Assert.Equal(FormulaError.Ref, r.Error);
    }

    [Fact]
    public void Solve_OtherInputHasNoValue_FailsWithItsError()
    {
        var h = new FormulaHarness("x * rate", ("x", 0m), ("rate", 0m));
        h.Cells.Set(1, 0, FormulaValue.Fail(FormulaError.Missing));

        var r = BackSolver.Solve(h.Node, 0, 0, 0, 20m, h.Cells);

        Assert.Equal(FormulaError.Missing, r.Error);
    }
}
