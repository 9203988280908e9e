using Ippon.Checks;

namespace Ippon.Review;

/// <summary>The rules a review adds to the plan's checks (ids are part of the public contract, like the checks' own).</summary>
public static class ReviewRules
{
    /// <summary>A metric has actuals for some periods up to the review's date but not for others: its to-date sum covers only those given.</summary>
    public static readonly Rule ActualsIncomplete = new("actuals-incomplete", Severity.Warning,
        "実績が一部の期間にしかありません", "a metric has actuals for some periods up to the review's date but not all");

    /// <summary>Rows of a CRM export dated outside the horizon were left out.</summary>
    public static readonly Rule ActualsOutsideHorizon = new("actuals-outside-horizon", Severity.Warning,
        "計画期間外の行を除外しました", "rows dated outside the horizon were left out");

    /// <summary>The re-planned targets (observed rates in place of the assumed ones) break a check, such as an action over capacity.</summary>
    public static readonly Rule ReplanInfeasible = new("replan-infeasible", Severity.Warning,
        "再計画した目標が実行できません", "the re-planned targets break a check (e.g. an action over capacity)");

    /// <summary>The plan's per-period phasing could not be used (wrong number of weights for a plan built in code).</summary>
    public static readonly Rule PhasingIgnored = new("phasing-ignored", Severity.Warning,
        "phasing の重みの数が期間の数と合いません", "phasing weights do not match the number of periods");

    /// <summary>Every review rule.</summary>
    public static readonly IReadOnlyList<Rule> All = [ActualsIncomplete, ActualsOutsideHorizon, ReplanInfeasible, PhasingIgnored];
}
