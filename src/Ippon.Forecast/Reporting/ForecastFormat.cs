using System.Globalization;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Forecast.Reporting;

/// <summary>How simulated numbers are shown: the plan's own formats (1億円, 4,000万円, 20件, 17.5%) at the precision a simulation has.</summary>
/// <remarks>
/// A simulated landing is not exact: money is shown to the 万円 (a mean of 94,068,880 JPY reads 9,407万円), counts
/// to one decimal when they are not whole, rates to a tenth of a percent. Every screen (terminal, web, approval
/// document) uses these, so the same figure reads the same everywhere.
/// </remarks>
public static class ForecastFormat
{
    /// <summary>A simulated value of a metric in <paramref name="unit"/>.</summary>
    public static string Value(double value, Unit unit, Language language)
    {
        if (!double.IsFinite(value)) return "-";
        return Formatter.Format(Round(value, unit), unit, language);
    }

    /// <summary>The value rounded to what a simulation can claim: 万円 for yen amounts of a million or more, 0.1 of a count, 0.1% of a rate.</summary>
    public static decimal Round(double value, Unit unit)
    {
        if (!double.IsFinite(value)) return 0;
        var d = (decimal)value;
        return unit.Kind switch
        {
            UnitKind.Ratio => Math.Round(d, 3),
            UnitKind.Currency when Math.Abs(d) >= 1_000_000 => Math.Round(d / 10_000m) * 10_000m,
            UnitKind.Currency => Math.Round(d),
            _ => Math.Round(d, 1),
        };
    }

    /// <summary>A chosen probability as people write it: 80%, 92.5%.</summary>
    public static string Level(double p) => (p * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>A probability as a percentage with one decimal: 31.2%.</summary>
    public static string Probability(double p) => (p * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
