using Ippon.Plans;
using YamlDotNet.RepresentationModel;

namespace Ippon.Files.Plans;

// The forecast's keys of a metric (range:, confidence:, variability:) and the plan's forecast: section.
// docs/contract-extensions.md lists them; docs/forecast.md says what the forecast does with them.
public sealed partial class PlanReader
{
    static readonly string[] s_uncertaintyKeys = ["range", "confidence", "variability"];

    Uncertainty? ReadUncertainty(string id, Dictionary<string, YamlNode> keys, Unit unit, decimal? value)
    {
        if (!s_uncertaintyKeys.Any(keys.ContainsKey)) return null;
        var u = new Uncertainty();
        if (keys.TryGetValue("range", out var rn)) u = ReadRange(id, rn, unit, value, u);
        if (keys.TryGetValue("confidence", out var cn))
        {
            var ck = Keys(cn, ["trials"], $"{id} の confidence", $"confidence of {id}");
            if (ck.TryGetValue("trials", out var tn) && Number(tn) is { } trials)
            {
                if (trials <= 0) Error(tn, $"{id} の confidence: trials は 0 より大きい数です (例: 50 = 50件観測したのと同じ確かさ)", $"confidence: trials of {id} must be above 0 (50 = as sure as 50 observed trials)");
                else u = u with { Trials = trials };
            }
            else if (!ck.ContainsKey("trials") && cn is YamlMappingNode { Children.Count: 0 })
            {
                Error(cn, $"{id} の confidence: には trials: (何件観測したのと同じ確かさか、例: 50) が必要です", $"confidence: of {id} needs trials: (as sure as how many observations, e.g. 50)");
            }
            if (u.HasRange && u.Trials is not null)
                Error(cn, $"{id} には range: と confidence: の両方があります。確かさはどちらか一方で書いてください", $"{id} has both range: and confidence:; state how sure the plan is with one of them");
        }
        if (keys.TryGetValue("variability", out var vn) && Number(vn) is { } cv)
        {
            if (unit.Kind == UnitKind.Ratio)
                Error(vn, $"{id} は率なので variability: は使えません。range: か confidence: で書いてください", $"{id} is a rate: state its uncertainty with range: or confidence:, not variability:");
            else if (cv < 0) Error(vn, $"{id} の variability: は 0 以上です (例: 10% = 期ごとのばらつきが計画の10%)", $"variability: of {id} must be at least 0 (10% = each period varies by 10% of its plan)");
            else u = u with { Variability = cv };
        }
        return u;
    }

    Uncertainty ReadRange(string id, YamlNode node, Unit unit, decimal? value, Uncertainty u)
    {
        YamlNode? lowNode = null, highNode = null, levelNode = null;
        if (node is YamlSequenceNode { Children.Count: 2 } seq)
        {
            (lowNode, highNode) = (seq.Children[0], seq.Children[1]);
        }
        else if (node is YamlMappingNode)
        {
            var k = Keys(node, ["low", "high", "level"], $"{id} の range", $"range of {id}");
            lowNode = k.GetValueOrDefault("low");
            highNode = k.GetValueOrDefault("high");
            levelNode = k.GetValueOrDefault("level");
        }
        if (lowNode is null || highNode is null)
        {
            Error(node, $"{id} の range: は [下限, 上限] (例: [15%, 25%]) か {{ low:, high:, level: }} で書いてください",
                $"expected range: of {id} as [low, high] (e.g. [15%, 25%]) or {{ low:, high:, level: }}");
            return u;
        }
        if (Number(lowNode) is not { } low || Number(highNode) is not { } high) return u;
        var level = Uncertainty.DefaultLevel;
        if (levelNode is not null && Number(levelNode) is { } l)
        {
            if (l is <= 0 or >= 1) Error(levelNode, $"{id} の range の level: は 0% より大きく 100% より小さい確率です (例: 90%)", $"level: of {id}'s range must be a probability between 0% and 100% (e.g. 90%)");
            else level = l;
        }
        if (low > high)
        {
            Error(node, $"{id} の range: の下限 {low} が上限 {high} より大きいです", $"range: of {id} has its low end {low} above its high end {high}");
            return u;
        }
        if (unit.Kind == UnitKind.Ratio && (low < 0 || high > 1))
        {
            Error(node, $"{id} は率なので range: は 0% から 100% の間です", $"{id} is a rate: its range: must lie between 0% and 100%");
            return u;
        }
        if (unit.Kind != UnitKind.Ratio && low < 0)
        {
            Error(node, $"{id} の range: の下限がマイナスです", $"range: of {id} has a negative low end");
            return u;
        }
        if (value is { } v && (v < low || v > high))
        {
            Error(node, $"{id} の value {PlanWriter.Number(v, unit)} が range: [{PlanWriter.Number(low, unit)}, {PlanWriter.Number(high, unit)}] の外です",
                $"the value of {id}, {PlanWriter.Number(v, unit)}, lies outside its range: [{PlanWriter.Number(low, unit)}, {PlanWriter.Number(high, unit)}]");
            return u;
        }
        return u with { Low = low, High = high, Level = level };
    }

    bool ReadForecastDefaults(YamlNode node)
    {
        var keys = Keys(node, ["defaults"], "forecast", "forecast");
        if (!keys.TryGetValue("defaults", out var d)) return true;
        var v = String(d)?.Trim().ToLowerInvariant();
        if (v is "standard") return true;
        if (v is "none") return false;
        Error(d, "forecast: の defaults: は standard か none です", "expected forecast: defaults: to be standard or none");
        return true;
    }
}
