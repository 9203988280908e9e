using System.Text.RegularExpressions;
using Ippon.Numbers;

namespace Ippon.Tests;

/// <summary>
/// One way to write bilingual text (docs/architecture.md, "Bilingual text"): a <see cref="Message"/>, or
/// <c>language.T(ja, en)</c> where the pair is shown at once; never code that compares the language itself.
/// </summary>
public class BilingualTextTests
{
    // language == Language.Ja, lang == "ja", l is Language.En …: the comparison that picks a text by hand.
    static readonly Regex s_comparison = new(
        @"(==|!=)\s*(Ippon\.)?(Numbers\.)?Language\.(Ja|En)\b|\bis\s+(Ippon\.)?(Numbers\.)?Language\.(Ja|En)\b|(==|!=)\s*""(ja|en)""|""(ja|en)""\s*(==|!=)",
        RegexOptions.CultureInvariant);

    /// <summary>The files that may still compare the language, with how many times, and why. The counts may only fall.</summary>
    static readonly Dictionary<string, (int Count, string Why)> s_allowed = new()
    {
        ["src/Ippon.Core/Numbers/Message.cs"] = (1, "the one place a text is chosen by language"),
        ["src/Ippon.Core/Numbers/Bilingual.cs"] = (1, "its comment names the comparison it replaces"),
        // Number and date formats differ by more than their words: 1億円 / 100,000,000 JPY, 件 after counts, 上期 / H1.
        ["src/Ippon.Core/Numbers/Formatter.cs"] = (4, "money and counts are written differently in Japanese (1億円, 20件)"),
        ["src/Ippon.Core/Numbers/DisplayRounding.cs"] = (1, "rounding to 万円 is a Japanese money format"),
        ["src/Ippon.Core/Periods/FiscalYear.cs"] = (1, "period names (上期, 4月) are a date format"),
        ["src/Ippon.Export/Excel/NumberFormats.cs"] = (1, "Excel number format codes for 万円 / JPY"),
        ["src/Ippon.Cli/Cli.cs"] = (1, "reads --lang (or IPPON_LANG) into a Language"),
        // The web app's pages render with IpponComponent.T (Core's language.T); what is left is not a choice of words.
        ["src/Ippon.Web/Components/Layout/MainLayout.razor"] = (2, "web, the language switch itself (which button is on)"),
        ["src/Ippon.Web/Features/Review/FanChart.razor"] = (1, "an axis number format (25M JPY in English, 2,500万円 in Japanese)"),
        ["src/Ippon.Web/Features/Review/ChartColours.cs"] = (1, "an axis number format (25M JPY in English, 2,500万円 in Japanese)"),
    };

    [Fact]
    public void Sources_PickTextByLanguage_OnlyThroughMessage()
    {
        var problems = new List<string>();
        foreach (var (relative, file) in Repository.ProductSources())
        {
            var count = s_comparison.Count(File.ReadAllText(file));
            var allowed = s_allowed.TryGetValue(relative, out var a) ? a.Count : 0;
            if (count > allowed)
                problems.Add($"{relative}: compares the language {count} time(s) (allowed {allowed}); write language.T(ja, en) or a Message instead");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData(Language.Ja, "目標")]
    [InlineData(Language.En, "target")]
    public void T_PicksTheTextOfTheLanguage_AsAMessageDoes(Language language, string expected)
    {
        Assert.Equal(expected, language.T("目標", "target"));
        Assert.Equal(new Message("目標", "target").In(language), language.T("目標", "target"));
    }
}
