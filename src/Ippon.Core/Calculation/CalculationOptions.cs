using System.Collections.Immutable;
using Ippon.Plans;

namespace Ippon.Calculation;

/// <summary>What to change before calculating: a scenario's overrides and <c>--set</c> values, applied in that order.</summary>
public sealed record CalculationOptions
{
    /// <summary>The overrides to apply, in order (later ones win).</summary>
    public ImmutableArray<ScenarioOverride> Overrides { get; init; } = [];

    /// <summary>The scenario the overrides came from, for display.</summary>
    public string? ScenarioName { get; init; }

    /// <summary>
    /// True for a scenario read as a plan of its own: the actions are sized for what the scenario plans, not only for
    /// the targets the KGI gives (see <see cref="ScenarioSizing"/>). Set by <see cref="ForScenario"/>, and so by
    /// <c>--scenario</c> in the CLI and <c>?scenario=</c> in the API.
    /// </summary>
    public bool ActionsMeetThePlan { get; init; }

    /// <summary>Cells of metrics up to this size keep their derivation for explanations; bigger metrics skip them to save memory.</summary>
    public int ExplainUpTo { get; init; } = 256;

    /// <summary>Stops the calculation (with <see cref="OperationCanceledException"/>) between metrics: the web app's time budget per request.</summary>
    public CancellationToken Cancellation { get; init; }

    public static CalculationOptions None { get; } = new();

    /// <summary>The options that calculate <paramref name="scenario"/> as a plan: its overrides, its name, actions sized for what it plans.</summary>
    public static CalculationOptions ForScenario(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new CalculationOptions { Overrides = scenario.Overrides, ScenarioName = scenario.Name, ActionsMeetThePlan = true };
    }
}
