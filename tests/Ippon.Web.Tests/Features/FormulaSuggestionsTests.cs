using Ippon.Web.Features.Editing;

namespace Ippon.Web.Tests.Features;

/// <summary>Suggestions complete the id being typed at the end of a formula.</summary>
public sealed class FormulaSuggestionsTests
{
    static readonly string[] s_ids = ["deals", "deal_rate", "leads", "win_rate", "unit_price"];

    [Theory]
    [InlineData("deals * w", new[] { "win_rate" })]
    [InlineData("dea", new[] { "deals", "deal_rate" })]
    [InlineData("leads * rate", new[] { "deal_rate", "win_rate" })]
    [InlineData("deals * ", new string[0])]
    [InlineData("deals", new string[0])]
    [InlineData("su", new[] { "sum" })]
    public void For_LastWord_ListsMatchingIdsThenFunctions(string text, string[] expected) =>
        Assert.Equal(expected, FormulaSuggestions.For(text, s_ids));

    [Fact]
    public void Complete_ReplacesTheLastWord() =>
        Assert.Equal("deals * win_rate", FormulaSuggestions.Complete("deals * wi", "win_rate"));
}
