using Ippon.Calculation;
using Ippon.Plans;
using Ippon.Web.Features.Shared;

namespace Ippon.Web.Features.Calculation;

/// <summary>The web's spelling of Core's <see cref="WhatIf"/> (the same reading as <c>ippon plan --scenario --set</c>): an empty <c>?scenario=</c> means none.</summary>
public static class CalculationInput
{
    /// <summary>The options for <paramref name="scenario"/> and <paramref name="sets"/> written <c>id=value</c> (<c>?set=win_rate=15%</c>).</summary>
    public static Outcome<CalculationOptions> Options(Plan plan, string? scenario, IEnumerable<string> sets) =>
        WhatIf.Options(plan, string.IsNullOrEmpty(scenario) ? null : scenario, sets).ToOutcome();

    /// <summary>The options for <paramref name="scenario"/> and <paramref name="sets"/> as metric id → value (<c>{"win_rate": "15%"}</c>).</summary>
    public static Outcome<CalculationOptions> Options(Plan plan, string? scenario, IEnumerable<KeyValuePair<string, string>> sets) =>
        WhatIf.Options(plan, string.IsNullOrEmpty(scenario) ? null : scenario, sets).ToOutcome();
}
