namespace Ippon.Optimize;

/// <summary>Turns rows of exact decimals into rows of whole numbers for CP-SAT, by one power of ten per row, without rounding.</summary>
/// <remarks>
/// CP-SAT works on 64-bit integers. A row Σ cᵢ·xᵢ ≥ b with c = 0.01 and b = 100 is multiplied by 10² into Σ 1·xᵢ ≥ 10,000:
/// the same set of whole solutions, so nothing is lost. A variable kept at a resolution of 10⁻ʳ (a bottleneck) counts
/// as its coefficient having r more decimals. A row that does not fit in 64 bits is refused (<see cref="OverflowException"/>).
/// </remarks>
static class Scaling
{
    /// <summary>The number of decimals <paramref name="value"/> needs (20% → 1, 0.125 → 3, 200万 → 0).</summary>
    public static int Scale(decimal value) => (value / 1.0000000000000000000000000000m).Scale;

    public static decimal Pow10(int n)
    {
        var p = 1m;
        for (var i = 0; i < n; i++) p *= 10m;
        return p;
    }

    /// <summary>The row multiplied by the least power of ten that makes every coefficient and the right side whole.</summary>
    public static (long[] Coefficients, long Right, decimal Factor) Row(IReadOnlyList<(decimal Coefficient, int Resolution)> terms, decimal right)
    {
        var power = Scale(right);
        foreach (var (c, r) in terms) power = Math.Max(power, Scale(c) + r);
        if (power > 18) throw new OverflowException("too many decimals");
        var coefficients = new long[terms.Count];
        for (var i = 0; i < terms.Count; i++) coefficients[i] = decimal.ToInt64(terms[i].Coefficient * Pow10(power - terms[i].Resolution));
        return (coefficients, decimal.ToInt64(right * Pow10(power)), Pow10(power));
    }

    /// <summary>A right side scaled by <paramref name="factor"/> and rounded the safe way for a ≥ (up) or ≤ (down) row.</summary>
    public static long Bound(decimal value, decimal factor, bool up) =>
        decimal.ToInt64(up ? decimal.Ceiling(value * factor) : decimal.Floor(value * factor));
}
