using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Forecast.Reporting;

/// <summary>The forecast's words in Japanese and English, shared by the terminal, the web page and the approval document.</summary>
public static class ForecastText
{
    /// <summary>The name of an uncertainty: a metric's name, or "chance" for the luck of which deals are won.</summary>
    public static string Source(ForecastResult f, string source, Language l) =>
        source == Simulation.SimulationModel.ChanceSource
            ? (l.T("運 (どの商談が決まるか)", "chance (which deals close)"))
            : f.Plan.Find(source)?.Label ?? source;

    /// <summary>Where a belief came from.</summary>
    public static string Basis(string basis, Language l) => (basis, l) switch
    {
        ("range", Language.Ja) => "範囲",
        ("confidence", Language.Ja) => "確信度",
        ("variability", Language.Ja) => "ばらつき",
        ("default", Language.Ja) => "既定 (20件分の確かさ)",
        ("default", _) => "default (as sure as 20 trials)",
        _ => basis,
    };

    /// <summary>What the actuals showed for a belief: "3/20 = 15.0%" (a rate), "200万円 (n=3)" (an amount), "200件 / 計画 250件 (ペース 80.0%)" (a count); null when nothing was observed.</summary>
    public static string? Observed(ForecastResult f, Belief b, Language l)
    {
        if (b.Observed is not { } o) return null;
        var unit = f.Plan.Find(b.Metric)?.Unit ?? Unit.Number;
        var value = ForecastFormat.Value(o, unit, l);
        return b switch
        {
            { Kind: BeliefKind.Rate, Successes: { } s, Count: { } n } => $"{s:0.##}/{n:0.##} = {value}",
            { Kind: BeliefKind.Count, Count: { } planned } => l.T($"{value} / 計画 {ForecastFormat.Value(planned, unit, l)} (ペース {ForecastFormat.Probability(o / planned)})", $"{value} / {ForecastFormat.Value(planned, unit, l)} planned (pace {ForecastFormat.Probability(o / planned)})"),
            { Count: { } n } => $"{value} (n={n:0.##})",
            _ => value,
        };
    }

    /// <summary>One sentence for a manager: "1,000件のリードで 1億円 の達成確率は 31.2%。80% にするには 1,710件".</summary>
    public static string Headline(ForecastResult f, Language l)
    {
        if (f.Kgi is not { Probability: { } p } kgi) return "";
        var unit = kgi.Metric.Metric.Unit;
        var target = Formatter.Format(kgi.Target, unit, l);
        var head = l.T($"{kgi.Metric.Metric.Label} {target} の達成確率は {ForecastFormat.Probability(p)}", $"the chance of {target} {kgi.Metric.Metric.Label} is {ForecastFormat.Probability(p)}");
        if (f.AtConfidence is not { } at) return head;
        var lever = f.Plan.Find(at.Lever)!;
        var now = Formatter.Format(at.BaselineLever, lever.Unit, l);
        var need = Formatter.Format(at.LeverTarget, lever.Unit, l);
        var level = ForecastFormat.Level(at.Level);
        if (!at.Reached)
        {
            return l.T($"{lever.Label} {now} で{head}。{lever.Label}を増やしても {level} には届きません", $"with {now} {lever.Label}, {head}; no number of {lever.Label} reaches {level}");
        }
        return l.T($"{lever.Label} {now} で{head}。{level} にするには {lever.Label} {need}", $"with {now} {lever.Label}, {head}; {need} {lever.Label} give {level}");
    }
}
