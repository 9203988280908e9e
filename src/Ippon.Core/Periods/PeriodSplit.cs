using System.Collections.Immutable;
using Ippon.Formulas;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Periods;

/// <summary>Splits a whole-horizon number over periods by weights, so that the parts add up to the total exactly.</summary>
/// <remarks>
/// Counts (and yen) are split in whole units with the largest-remainder method: 134 deals over four quarters are
/// 34, 34, 33, 33, never 33.5 each, and never parts that add up to 133 or 135. Ties go to the earlier period.
/// Other units are split in proportion, exactly as decimal allows.
/// </remarks>
public static class PeriodSplit
{
    /// <summary>Weights that sum to 1: <paramref name="phasing"/> normalised when it has <paramref name="count"/> usable weights, else equal weights.</summary>
    public static decimal[] Weights(ImmutableArray<decimal> phasing, int count)
    {
        var weights = new decimal[count];
        if (IsUsable(phasing, count))
        {
            var sum = phasing.Sum();
            for (var i = 0; i < count; i++) weights[i] = phasing[i] / sum;
            return weights;
        }
        Array.Fill(weights, 1m / count);
        return weights;
    }

    /// <summary>True when <paramref name="phasing"/> has exactly <paramref name="count"/> weights, none negative, not all zero.</summary>
    public static bool IsUsable(ImmutableArray<decimal> phasing, int count) =>
        !phasing.IsDefaultOrEmpty && phasing.Length == count && phasing.All(w => w >= 0) && phasing.Sum() > 0;

    /// <summary>Splits <paramref name="total"/> by <paramref name="weights"/>; whole units (counts) and yen in whole numbers that add up to the total.</summary>
    public static decimal[] Split(decimal total, IReadOnlyList<decimal> weights, Unit unit)
    {
        var sum = weights.Sum();
        var raw = new decimal[weights.Count];
        for (var i = 0; i < raw.Length; i++) raw[i] = sum == 0 ? 0 : total * (weights[i] / sum);
        var scale = unit.IsWhole ? 1m : unit.Kind == UnitKind.Currency ? (unit.Text == "JPY" ? 1m : 100m) : 0m;
        if (scale == 0 || Math.Round(total * scale, 12) != decimal.Truncate(Math.Round(total * scale, 12))) return raw;
        return InWholeUnits(Math.Round(total * scale, 12), raw.Select(r => r * scale).ToArray()).Select(v => v / scale).ToArray();
    }

    // Floors every part, then hands the units still missing to the parts with the largest fractions.
    static decimal[] InWholeUnits(decimal total, decimal[] raw)
    {
        var sign = total < 0 ? -1m : 1m;
        var abs = raw.Select(r => r * sign).ToArray();
        var floors = abs.Select(Arithmetic.FloorWhole).ToArray();
        var left = (int)(total * sign - floors.Sum());
        var fractions = new decimal[abs.Length];
        for (var i = 0; i < abs.Length; i++) fractions[i] = abs[i] - floors[i];
        LargestRemainder.Award(floors, fractions, left, 1m);
        return floors.Select(f => f * sign).ToArray();
    }
}
