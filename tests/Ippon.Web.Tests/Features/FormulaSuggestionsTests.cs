using Ippon.Testing;
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

    static readonly List<FormulaSuggestions.Candidate> s_seed = FormulaSuggestions.Candidates(
        SeedPlan.Build() is var p ? p with { Metrics = [.. p.Metrics.Select(m => m.Id == "deals" ? m with { Reading = "しょうだんすう" } : m)] } : null!, except: "orders");

    [Theory]
    [InlineData("リード数 × 商", new[] { "商談数", "商談化率" })]
    [InlineData("しょうだん", new[] { "商談数" })]
    [InlineData("ショウダン", new[] { "商談数" })]
    [InlineData("deal", new[] { "商談数", "商談化率" })]
    [InlineData("ＤＥＡＬＳ", new[] { "商談数" })]
    [InlineData("2 * 「新規", new[] { "新規売上" })]
    [InlineData("200万", new string[0])]
    [InlineData("商談数", new string[0])]
    public void For_NameReadingOrId_SuggestsTheName(string text, string[] expected) =>
        Assert.Equal(expected, FormulaSuggestions.For(text, s_seed));

    [Fact]
    public void Candidates_NameThatIsNoBareWord_IsBracketed()
    {
        var plan = SeedPlan.Build() is var p ? p with { Metrics = [.. p.Metrics.Select(m => m.Id == "leads" ? m with { Name = "リード 件数" } : m)] } : null!;

        var words = FormulaSuggestions.For("リード", FormulaSuggestions.Candidates(plan));

        Assert.Equal(["「リード 件数」"], words);
        Assert.Equal("「リード 件数」 * 商談化率", FormulaSuggestions.Complete("リード", words[0]) + " * 商談化率");
    }

    [Fact]
    public void Complete_ReplacesTheLastWord() =>
        Assert.Equal("deals * win_rate", FormulaSuggestions.Complete("deals * wi", "win_rate"));
}
