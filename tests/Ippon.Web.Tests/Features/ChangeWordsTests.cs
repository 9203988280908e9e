using Ippon.Numbers;
using Ippon.Web.Features.Conventions;

namespace Ippon.Web.Tests.Features;

public class ChangeWordsTests
{
    static readonly Dictionary<string, string> s_names = new() { ["win_rate"] = "受注率", ["kpi_3"] = "訪問数", ["calls"] = "架電" };

    static string? Label(string id) => s_names.GetValueOrDefault(id);

    [Theory]
    [InlineData("サンプル計画 / sample plan", "サンプル計画", "sample plan")]
    [InlineData("テンプレート sales-100m から作成 / created from the template sales-100m", "テンプレート sales-100m から作成", "created from the template sales-100m")]
    [InlineData("v3 を復元 / restored v3", "v3 を復元", "restored v3")]
    [InlineData("変更なし / no change", "変更なし", "no change")]
    public void Summary_Bilingual_ShowsThePagesLanguageOnly(string stored, string ja, string en)
    {
        Assert.Equal(ja, ChangeWords.Summary(stored, Language.Ja, Label));
        Assert.Equal(en, ChangeWords.Summary(stored, Language.En, Label));
    }

    [Fact]
    public void Summary_OfASave_NamesTheMetricAndTheField()
    {
        const string stored = "win_rate value 20% → 15%; +kpi_3; −calls";

        Assert.Equal("受注率 の値 20% → 15%; 訪問数 を追加; 架電 を削除", ChangeWords.Summary(stored, Language.Ja, Label));
        Assert.Equal("受注率 value 20% → 15%; added 訪問数; removed 架電", ChangeWords.Summary(stored, Language.En, Label));
    }

    [Fact]
    public void Summary_MergedSave_KeepsTheMergeNoteInThePagesLanguage()
    {
        const string stored = "win_rate value 20% → 15% (v1 を元に v2 とマージ / merged with v2)";

        Assert.Equal("受注率 の値 20% → 15% (v1 を元に v2 とマージ)", ChangeWords.Summary(stored, Language.Ja, Label));
        Assert.Equal("受注率 value 20% → 15% (merged with v2)", ChangeWords.Summary(stored, Language.En, Label));
    }

    [Fact]
    public void Summary_AUsersOwnText_IsShownAsWritten()
    {
        Assert.Equal("Q2レビュー後の見直し", ChangeWords.Summary("Q2レビュー後の見直し", Language.Ja, Label));
        Assert.Equal("unknown_id value 1 → 2", ChangeWords.Summary("unknown_id value 1 → 2", Language.Ja, Label));
    }

    [Fact]
    public void AuditEntries_AreInWords()
    {
        Assert.Equal("計画", ChangeWords.Subject("plan", Language.Ja, Label));
        Assert.Equal("削除", ChangeWords.Field("deleted", Language.Ja));
        Assert.Equal("値", ChangeWords.Field("value", Language.Ja));
        Assert.Equal("Q2 受注率", ChangeWords.Subject("Q2/win_rate", Language.Ja, Label));
        Assert.Equal("計画担当者 / 営業部", ChangeWords.Value("planner / 営業部", "role", Language.Ja));
        Assert.Equal("閲覧者", ChangeWords.Value("viewer", "created", Language.Ja));
        Assert.Equal("planner / 営業部", ChangeWords.Value("planner / 営業部", "role", Language.En));
    }
}
