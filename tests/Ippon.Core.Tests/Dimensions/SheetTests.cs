using CsCheck;
using Ippon.Calculation;
using Ippon.Dimensions;
using Ippon.Plans;

namespace Ippon.Tests.Dimensions;

/// <summary>The live engine: incremental recalculation must always equal a full one, and goal seeking must hit its target.</summary>
public class SheetTests
{
    // The benchmark's shape in small: chains × periods, a funnel per cell, one total per period.
    static Sheet Chains(int n, int p)
    {
        var chain = new Dimension("chain", Enumerable.Range(0, n).Select(i => $"c{i}"));
        var period = new Dimension("period", Enumerable.Range(0, p).Select(i => $"p{i}"));
        string[] cells = ["chain", "period"];
        Metric Input(string id, string unit) => new() { Id = id, Unit = Unit.Parse(unit), By = [.. cells], Value = 0 };
        Metric Calc(string id, string f, string[]? by = null) => new() { Id = id, Formula = Formula.Parse(f).Value, By = [.. by ?? cells] };
        var plan = new Plan
        {
            Title = "chains",
            Dimensions = [chain, period],
            Metrics =
            [
                Input("leads", "count"), Input("conv", "ratio"), Input("win", "ratio"), Input("price", "JPY"),
                Calc("deals", "leads * conv"), Calc("orders", "deals * win"), Calc("revenue", "orders * price"),
                Calc("total", "sum(revenue)", ["period"]), Calc("grand", "sum(total) / 2 + 1", []),
            ],
        };
        var sheet = new Sheet(PlanModel.Build(plan));
        var v = sheet.Cells.Values;
        for (var i = 0; i < n; i++)
        {
            for (var q = 0; q < p; q++)
            {
                var k = (i * p) + q;
                v[0][k] = 1000 + (i % 97) + q;
                v[1][k] = 0.1m + ((i % 7) * 0.01m);
                v[2][k] = 0.2m + ((i % 5) * 0.01m);
                v[3][k] = 100 + (i % 13) + (q * 0.5m);
            }
        }
        sheet.Calculate();
        return sheet;
    }

    static decimal[][] Snapshot(Sheet s) => [.. s.Cells.Values.Select(a => (decimal[])a.Clone())];

    [Fact]
    public void Set_AnySequenceOfEdits_LeavesExactlyTheValuesOfAFullRecalculation()
    {
        Gen.Select(Gen.Int[0, 39], Gen.Int[0, 3], Gen.Int[0, 3], Gen.Int[1, 5000]).Array[1, 30].Sample(edits =>
        {
            var sheet = Chains(10, 4);
            foreach (var (cell, input, _, value) in edits) sheet.Set(input, cell, input == 0 ? value : value / 10000m);
            var incremental = Snapshot(sheet);
            sheet.Calculate();
            var full = Snapshot(sheet);
            for (var m = 0; m < full.Length; m++) Assert.Equal(full[m], incremental[m]);
        }, iter: 200);
    }

    [Fact]
    public void SetMany_ManyInputsAtOnce_EqualsAFullRecalculation()
    {
        var sheet = Chains(50, 3);
        sheet.SetMany(Enumerable.Range(0, 50).Select(i => (0, i * 3, (decimal)(500 + i))));
        var incremental = Snapshot(sheet);
        sheet.Calculate();

        Assert.Equal(Snapshot(sheet)[7], incremental[7]);
        Assert.Equal(Snapshot(sheet)[8], incremental[8]);
    }

    [Fact]
    public void GoalSeek_OneChainsRevenue_FindsTheLeadsByExactInversion()
    {
        var sheet = Chains(20, 3);
        var revenue = sheet.Model.IndexOf("revenue");
        var leads = sheet.Model.IndexOf("leads");
        const int cell = 25;

        var result = sheet.GoalSeek(revenue, cell, 50_000m, leads, cell);

        Assert.True(result.Success);
        Assert.Equal(50_000m, decimal.Round(sheet.Get(revenue, cell).Value, 20));
        Assert.Equal(result.Value, sheet.Get(leads, cell).Value);
    }

    [Fact]
    public void GoalSeek_ThePeriodTotal_ChangesOnlyTheChosenChainAndHitsTheTotal()
    {
        var sheet = Chains(20, 3);
        var total = sheet.Model.IndexOf("total");
        var leads = sheet.Model.IndexOf("leads");
        var before = Snapshot(sheet)[leads];
        var target = sheet.Get(total, 1).Value + 1234.5m;

        var result = sheet.GoalSeek(total, 1, target, leads, 7 * 3 + 1);

        Assert.True(result.Success);
        Assert.Equal(target, decimal.Round(sheet.Get(total, 1).Value, 18));
        var after = Snapshot(sheet)[leads];
        Assert.Equal(Enumerable.Range(0, before.Length).Where(k => before[k] != after[k]), [22]);
    }
}
