using Ippon.Calculation;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Web.Features.Scenarios;

/// <summary>
/// A scenario as people read it: a name (ストレッチ目標, not <c>stretch</c>). Its numbers — what it needs from the
/// actions (2,000 leads need what?) and its findings — are Core's: <see cref="CalculationOptions.ForScenario"/>.
/// </summary>
public static class ScenarioPlan
{
    /// <summary>The scenario's name as people read it: the usual words for the usual ids (stretch → ストレッチ目標), else its own name (ストレッチ).</summary>
    public static string DisplayName(Scenario scenario, Language language)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Known.TryGetValue(scenario.Name.Trim().ToLowerInvariant(), out var name) ? name.In(language) : scenario.Name;
    }

    static readonly Dictionary<string, Message> Known = new(StringComparer.Ordinal)
    {
        ["stretch"] = new("ストレッチ目標", "Stretch goal"),
        ["base"] = new("基本計画", "Base plan"),
        ["conservative"] = new("保守的", "Conservative"),
        ["pessimistic"] = new("悲観", "Pessimistic"),
        ["optimistic"] = new("楽観", "Optimistic"),
    };
}
