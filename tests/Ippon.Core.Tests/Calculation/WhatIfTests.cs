using Ippon.Calculation;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Tests.Calculation;

/// <summary>The one reading of <c>--scenario</c>/<c>--set</c> and <c>?scenario=&amp;set=</c> that the CLI and the web app both call.</summary>
public class WhatIfTests
{
    static readonly Plan Seed = SeedPlan.Build();

    [Fact]
    public void Options_WinRateFifteenPercent_RecalculatesTheSeedTo134Deals1340LeadsAnd13400Calls()
    {
        var options = WhatIf.Options(Seed, null, ["win_rate=15%"]);

        Assert.True(options.Success);
        var r = PlanCalculator.Calculate(Seed, options.Value);
        Assert.Equal(134m, r.Target("deals"));
        Assert.Equal(1_340m, r.Target("leads"));
        Assert.Equal(13_400m, r.Action("calls")!.Volume);
    }

    [Fact]
    public void Options_ANumberForAComputedMetric_SetsItsTarget_ForAnInputItsValue()
    {
        var options = WhatIf.Options(Seed, null, [new KeyValuePair<string, string>("orders", "25"), new("unit_price", "250万")]);

        Assert.Equal([new ScenarioOverride("orders", null, 25m), new ScenarioOverride("unit_price", 2_500_000m, null)], options.Value!.Overrides.AsEnumerable());
    }

    [Fact]
    public void Options_ANamedScenario_IsReadAsAPlan_ItsOverridesFirstAndTheSetsAfter()
    {
        var options = WhatIf.Options(Seed, "stretch", ["leads=3000"]).Value!;

        Assert.Equal(("stretch", true), (options.ScenarioName, options.ActionsMeetThePlan));
        Assert.Equal([new ScenarioOverride("leads", 2_000m, null), new ScenarioOverride("leads", 3_000m, null)], options.Overrides.AsEnumerable());
    }

    [Fact]
    public void Options_EveryMistake_IsReportedUnderItsInputsName_InTheOrderTyped()
    {
        var options = WhatIf.Options(Seed, "strech", ["winrate=15%", "win_rate", "deals=many"], "--set");

        Assert.False(options.Success);
        Assert.Equal(["scenario", "set.winrate", "set", "set.deals"], options.Errors.Select(e => e.Field));
        Assert.Equal([
            "no scenario 'strech'; the plan has: stretch",
            "--set names no metric 'winrate'; did you mean 'win_rate'?",
            "--set expects ID=NUMBER, found 'win_rate'",
            $"--set deals= expects {NumberText.Expected}, found 'many'",
        ], options.Errors.Select(e => e.Message.In(Language.En)));
        Assert.Equal("--set 'winrate' という指標はありません。'win_rate' のことですか?", options.Errors[1].Message.In(Language.Ja));
    }

    [Fact]
    public void Options_ANumberBeyondTheRange_SaysTheRange()
    {
        var options = WhatIf.Options(Seed, null, ["leads=1e30"]);

        Assert.Contains("10^18", options.Errors.Single().Message.In(Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownScenario_APlanWithoutScenarios_SaysSoInEachLanguage()
    {
        var plan = Seed with { Scenarios = [] };

        Assert.Equal("シナリオ 'x' はありません。この計画のシナリオ: (なし)", WhatIf.UnknownScenario(plan, "x").In(Language.Ja));
        Assert.Equal("no scenario 'x'; the plan has: (none)", WhatIf.UnknownScenario(plan, "x").In(Language.En));
    }
}
