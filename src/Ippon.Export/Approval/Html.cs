using System.Globalization;
using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Export.Markup;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Export.Approval;

/// <summary>Small pieces of HTML the sections share: state chips, role tags, bars, numbers.</summary>
static class Html
{
    /// <summary>A line break, or nothing.</summary>
    public static Trusted Break(bool when) => new(when ? "<br>" : "");

    public static string Css(State s) => s switch
    {
        State.Ok => "ok",
        State.Behind => "behind",
        State.Error => "error",
        _ => "none",
    };

    public static Trusted Chip(State state, Language l)
    {
        var b = new MarkupBuilder();
        b.Add($"<span class=\"chip {Css(state)}\">{Words.State(state, l)}</span>");
        return new Trusted(b.ToString());
    }

    public static Trusted Role(Metric m, Language l)
    {
        var b = new MarkupBuilder();
        var css = m.Role?.ToString().ToLowerInvariant() ?? "other";
        b.Add($"<span class=\"role {css}\">{PlanWords.Role(m, l)}</span>");
        return new Trusted(b.ToString());
    }

    /// <summary>A horizontal bar for a load or a coverage: full at 100%, red above it.</summary>
    public static Trusted Bar(decimal? ratio, State state)
    {
        var b = new MarkupBuilder();
        var width = ratio is { } r ? Math.Clamp(r * 100m, 0m, 100m) : 0m;
        b.Add($"<div class=\"bar {Css(state)}\"><span style=\"width:{width.ToString("0.#", CultureInfo.InvariantCulture)}%\"></span></div>");
        return new Trusted(b.ToString());
    }

    /// <summary>The state of a load: ok up to 80%, tight up to 100%, error above.</summary>
    public static State LoadState(decimal? load) => load switch
    {
        null => State.None,
        > 1m => State.Error,
        > 0.8m => State.Behind,
        _ => State.Ok,
    };

    public static string Planned(MetricResult m, Language l)
    {
        if (m.PlannedValue is { } p) return Formatter.Format(p, m.Metric.Unit, l);
        var error = m.PlannedErrors.FirstOrDefault(e => e != Formulas.FormulaError.None);
        return error == Formulas.FormulaError.None ? "—" : PlanCalculator.Describe(error);
    }

    public static string Date(DateOnly? d, Language l) => d is { } x ? Words.Date(x, l) : "—";

    public static string Period(Horizon h, Language l) => h.Period switch
    {
        PeriodKind.Month => l.T("月次", "monthly"),
        PeriodKind.Quarter => l.T("四半期", "quarterly"),
        PeriodKind.Half => l.T("半期", "half-yearly"),
        _ => l.T("年次", "yearly"),
    };
}
