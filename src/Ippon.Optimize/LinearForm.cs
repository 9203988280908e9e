namespace Ippon.Optimize;

/// <summary>An affine form over the problem's variables, with exact decimal coefficients: c₀ + Σ cᵢ·vᵢ.</summary>
/// <remarks>Variables 0…n−1 are the actions' volumes; the ones after are the bottleneck values of <see cref="MixProblem.Bottlenecks"/>.</remarks>
sealed class LinearForm
{
    public decimal Constant { get; private set; }

    public Dictionary<int, decimal> Terms { get; } = [];

    public bool IsConstant => Terms.Count == 0;

    public static LinearForm Of(decimal constant) => new() { Constant = constant };

    public static LinearForm Var(int index, decimal coefficient = 1m)
    {
        var f = new LinearForm();
        f.Terms[index] = coefficient;
        return f;
    }

    public LinearForm Plus(LinearForm other, decimal factor = 1m)
    {
        var f = Times(1m);
        f.Constant += other.Constant * factor;
        foreach (var (v, c) in other.Terms) f.Terms[v] = f.Terms.GetValueOrDefault(v) + c * factor;
        return f;
    }

    public LinearForm Times(decimal factor)
    {
        var f = new LinearForm { Constant = Constant * factor };
        foreach (var (v, c) in Terms) f.Terms[v] = c * factor;
        return f;
    }

    /// <summary>The form's value at <paramref name="values"/>, exactly.</summary>
    public decimal Evaluate(IReadOnlyList<decimal> values)
    {
        var sum = Constant;
        foreach (var (v, c) in Terms) sum += c * values[v];
        return sum;
    }
}
