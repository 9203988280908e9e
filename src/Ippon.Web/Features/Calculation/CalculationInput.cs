using System.Collections.Immutable;
using Ippon.Calculation;
using Ippon.Files.Plans;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Web.Features.Shared;

namespace Ippon.Web.Features.Calculation;

/// <summary>Turns a scenario name and what-if values (<c>win_rate=15%</c>) into calculation options, as <c>ippon plan --scenario --set</c> does.</summary>
public static class CalculationInput
{
    public static Outcome<CalculationOptions> Options(Plan plan, string? scenario, IEnumerable<KeyValuePair<string, string>> sets)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(sets);
        var overrides = ImmutableArray.CreateBuilder<ScenarioOverride>();
        var errors = new List<FieldError>();
        if (!string.IsNullOrEmpty(scenario))
        {
            if (plan.FindScenario(scenario) is { } s)
            {
                overrides.AddRange(s.Overrides);
            }
            else
            {
                var names = plan.Scenarios.IsEmpty ? "(なし / none)" : string.Join(", ", plan.Scenarios.Select(x => x.Name));
                errors.Add(new FieldError("scenario", new Message($"シナリオ '{scenario}' はありません。この計画のシナリオ: {names}", $"no scenario '{scenario}'; the plan has: {names}")));
            }
        }
        foreach (var (id, text) in sets)
        {
            if (plan.Find(id) is not { } metric)
            {
                var suggestion = PlanModel.Suggest(id, plan.Metrics.Select(m => m.Id));
                errors.Add(new FieldError($"set.{id}", new Message(
                    $"'{id}' という指標はありません{(suggestion is null ? "" : $"。'{suggestion}' のことですか?")}",
                    $"no metric '{id}'{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}")));
                continue;
            }
            if (!NumberText.TryParse(text, out var number))
            {
                errors.Add(new FieldError($"set.{id}", NumberText.Refusal(text)));
                continue;
            }
            overrides.Add(PlanReader.Override(metric, number));
        }
        if (errors.Count > 0) return Failure.Invalid([.. errors]);
        // A named scenario is read as a plan: its actions sized for what it plans (Core's ScenarioSizing), as in the CLI.
        var named = !string.IsNullOrEmpty(scenario);
        return new CalculationOptions { Overrides = overrides.ToImmutable(), ScenarioName = named ? scenario : null, ActionsMeetThePlan = named };
    }

    /// <summary>Reads <c>id=value</c> pairs (the CLI's --set form).</summary>
    public static Outcome<List<KeyValuePair<string, string>>> Pairs(IEnumerable<string> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var set in sets)
        {
            var eq = set.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) return Failure.Invalid("set", $"set は ID=数値 の形で書いてください ('{set}')", $"set expects ID=NUMBER, found '{set}'");
            pairs.Add(new(set[..eq].Trim(), set[(eq + 1)..]));
        }
        return pairs;
    }
}
