using Ippon.Checks;
using Ippon.Numbers;

namespace Ippon.Tests.Checks;

/// <summary>Every rule is silent on the clean seed plan, and every rule has a test that makes it fire.</summary>
public class RuleSilenceTests
{
    public static TheoryData<string> RuleIds => [.. Rule.All.Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_OnTheSeedPlan_IsSilent(string id)
    {
        var result = SeedPlan.Build().Calculate();

        Assert.DoesNotContain(result.Findings, f => f.Rule.Id == id);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_Every_HasATestThatMakesItFire(string id)
    {
        var pascal = string.Concat(id.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        // formula-dimension is Rule.FormulaShape in code; its tests are named after the contract's id.
        var tests = typeof(RuleFiringTests).GetMethods().Where(m => m.Name.StartsWith(pascal + "_", StringComparison.Ordinal));

        Assert.NotEmpty(tests);
    }

    [Fact]
    public void RuleAll_ListsEveryRuleOnceWithContractIds()
    {
        var ids = Rule.All.Select(r => r.Id).ToList();

        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(23, ids.Count);
        Assert.All(ids, id => Assert.Matches("^[a-z]+(-[a-z]+)*$", id));
        Assert.All(Rule.All, r => Assert.False(string.IsNullOrWhiteSpace(new Message(r.SummaryJa, r.SummaryEn).In(Language.Ja))));
    }

    [Fact]
    public void Calculate_SeedPlan_HasNoFindingsAtAll()
    {
        Assert.Empty(SeedPlan.Build().Calculate().Findings);
    }
}
