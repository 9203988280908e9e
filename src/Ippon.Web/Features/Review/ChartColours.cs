using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Web.Features.Review;

/// <summary>The review charts' colours (one per meaning, the same in every chart) and their short axis numbers.</summary>
public static class ChartColours
{
    public const string Plan = "#90a4ae";
    public const string Actual = "#1f3a5f";
    public const string Replan = "#8e24aa";
    public const string Landing = "#ef6c00";
    public const string Shortfall = "#c62828";

    /// <summary>An axis number short enough for a phone: 2,500万円 in Japanese, 25M JPY in English.</summary>
    public static string AxisNumber(decimal value, Unit unit, Language language)
    {
        if (language == Language.En && unit.Kind == UnitKind.Currency && Math.Abs(value) >= 1_000_000m)
            return (value / 1_000_000m).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "M";
        return Formatter.Format(Math.Round(value, unit.Kind == UnitKind.Ratio ? 4 : 0), unit, language);
    }

    /// <summary>A round spacing of the vertical axis for values up to <paramref name="max"/>: 1, 2, 2.5 or 5 × 10ⁿ, about four ticks (1,000万円, not 1,048,576円).</summary>
    public static int Ticks(double max)
    {
        if (!(max > 0)) return 1;
        var raw = max / 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var residual = raw / magnitude;
        var step = (residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 2.5 ? 2.5 : residual <= 5 ? 5 : 10) * magnitude;
        return (int)Math.Clamp(Math.Ceiling(step), 1, int.MaxValue);
    }
}
