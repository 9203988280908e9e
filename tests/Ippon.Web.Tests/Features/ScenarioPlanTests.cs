using Ippon.Numbers;
using Ippon.Web.Features.Scenarios;

namespace Ippon.Web.Tests.Features;

/// <summary>A scenario's name as people read it. Its numbers (the stretch sized by its own 2,000 leads) are Core's: Ippon.Core.Tests' ScenarioSizingTests.</summary>
public class ScenarioPlanTests
{
    [Theory]
    [InlineData("stretch", Language.Ja, "ストレッチ目標")]
    [InlineData("stretch", Language.En, "Stretch goal")]
    [InlineData("ストレッチ", Language.En, "ストレッチ")]
    public void DisplayName_IsTheUsualWordsForTheUsualIdsElseTheName(string name, Language language, string shown) =>
        Assert.Equal(shown, ScenarioPlan.DisplayName(new Ippon.Plans.Scenario(name, []), language));
}
