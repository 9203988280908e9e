using System.Collections.Immutable;
using Ippon.Calculation;
using Ippon.Files.Plans;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Cli;

/// <summary>Loads a plan file and turns <c>--scenario</c> and <c>--set</c> into calculation options, or reports why it cannot.</summary>
public static class PlanInput
{
    /// <summary>Reads <paramref name="file"/>; on failure writes every error (file:line:col) and returns null.</summary>
    public static Plan? Read(string file, CliContext context, Language language)
    {
        var read = PlanReader.ReadFile(file);
        if (read.Success) return read.Plan;
        foreach (var e in read.Errors) context.Error.WriteLine(e.Format(language));
        return null;
    }

    /// <summary>The options for <paramref name="scenario"/> and <paramref name="sets"/> (ID=NUMBER), or null after writing why they are invalid.</summary>
    public static CalculationOptions? Options(Plan plan, string? scenario, IReadOnlyList<string> sets, CliContext context, Language language)
    {
        var overrides = ImmutableArray.CreateBuilder<ScenarioOverride>();
        var ok = true;
        if (scenario is not null)
        {
            if (plan.FindScenario(scenario) is { } s)
            {
                overrides.AddRange(s.Overrides);
            }
            else
            {
                var names = plan.Scenarios.IsEmpty ? "(none)" : string.Join(", ", plan.Scenarios.Select(x => x.Name));
                context.Error.WriteLine(language == Language.Ja
                    ? $"ippon: シナリオ '{scenario}' はありません。この計画のシナリオ: {names}"
                    : $"ippon: no scenario '{scenario}'; the plan has: {names}");
                ok = false;
            }
        }
        foreach (var set in sets)
        {
            var eq = set.IndexOf('=', StringComparison.Ordinal);
            var id = eq > 0 ? set[..eq].Trim() : set;
            var metric = plan.Find(id);
            if (eq <= 0 || metric is null)
            {
                var suggestion = PlanModel.Suggest(id, plan.Metrics.Select(m => m.Id));
                context.Error.WriteLine(eq <= 0
                    ? (language == Language.Ja ? $"ippon: --set は ID=数値 の形で書いてください ('{set}')" : $"ippon: --set expects ID=NUMBER, found '{set}'")
                    : (language == Language.Ja
                        ? $"ippon: --set '{id}' という指標はありません{(suggestion is null ? "" : $"。'{suggestion}' のことですか?")}"
                        : $"ippon: --set names no metric '{id}'{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}"));
                ok = false;
                continue;
            }
            if (!NumberText.TryParse(set[(eq + 1)..], out var number, out var outOfRange))
            {
                var text = NumberText.Clip(set[(eq + 1)..]);
                context.Error.WriteLine(outOfRange
                    ? $"ippon: --set {id}=: {NumberText.OutOfRange(text).In(language)}"
                    : language == Language.Ja
                        ? $"ippon: --set {id}= の値 '{text}' は数値として読めません (例: 15%, 200万, 1200)"
                        : $"ippon: --set {id}= expects {NumberText.Expected}, found '{text}'");
                ok = false;
                continue;
            }
            overrides.Add(PlanReader.Override(metric, number));
        }
        // A named scenario is read as a plan: its actions sized for what it plans (Core's ScenarioSizing).
        return ok ? new CalculationOptions { Overrides = overrides.ToImmutable(), ScenarioName = scenario, ActionsMeetThePlan = scenario is not null } : null;
    }
}
