using Ippon.Dimensions;
using Ippon.Formulas;
using Ippon.Formulas.Evaluation;
using Ippon.Formulas.Syntax;

namespace Ippon.Tests.Formulas;

/// <summary>Compiles one formula over named scalar inputs, for evaluator and back-solver tests.</summary>
public sealed class FormulaHarness
{
    readonly List<string> _ids;

    public FormulaHarness(string formula, params (string Id, decimal Value)[] inputs)
    {
        var parsed = Parser.Parse(formula);
        Assert.True(parsed.Success, parsed.Errors.FirstOrDefault()?.Message.ToString());
        _ids = [.. inputs.Select(i => i.Id)];
        Cells = new Cells([.. inputs.Select(_ => Shape.Scalar)]);
        for (var i = 0; i < inputs.Length; i++) Cells.Set(i, 0, inputs[i].Value);
        var compiled = FormulaCompiler.Compile(parsed.Value, Shape.Scalar, id => (IndexOf(id), Shape.Scalar));
        Assert.Empty(compiled.Errors);
        Node = compiled.Value!;
    }

    public Node Node { get; }

    public Cells Cells { get; }

    public int IndexOf(string id)
    {
        var i = _ids.IndexOf(id);
        return i >= 0 ? i : throw new ArgumentException($"no input {id}");
    }

    public FormulaValue Evaluate() => Node.At(0, Cells, Override.None);

    /// <summary>The tree of <paramref name="formula"/>, which must parse.</summary>
    public static Expr Parse(string formula)
    {
        var parsed = Parser.Parse(formula);
        Assert.True(parsed.Success, parsed.Errors.FirstOrDefault()?.Message.ToString());
        return parsed.Value;
    }

    /// <summary>The value of <paramref name="formula"/> with <paramref name="inputs"/>.</summary>
    public static FormulaValue Evaluate(string formula, params (string Id, decimal Value)[] inputs) => new FormulaHarness(formula, inputs).Evaluate();
}
