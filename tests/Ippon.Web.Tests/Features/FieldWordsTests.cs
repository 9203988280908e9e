using Ippon.Files.Plans;
using Ippon.Numbers;
using Ippon.Testing;
using Ippon.Web.Features.Edits;
using Ippon.Web.Features.Plans;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Tests.Features;

/// <summary>The page's save and add-KPI errors name the field in words, never a line and column of the plan file.</summary>
public class FieldWordsTests
{
    [Fact]
    public void ABlockingFindingOnSave_NamesTheMetric_WithoutTheFilesLineAndColumn()
    {
        // The save re-reads the written file: its blocking findings carry the metric's line in that file.
        var text = Templates.Text("sales-100m")!.Replace("leads:          { name: リード数, role: kpi,", "leads:          { name: リード数, role: kpi, value: -5,", StringComparison.Ordinal);
        var read = PlanText.Read(text, new UploadLimits(UploadLimits.DefaultBytes));
        Assert.False(read.Ok);
        Assert.Contains(read.Failure.Errors, e => e.Line is not null);   // the file's position is there, for the YAML tab and the API

        var ja = FieldWords.Describe(read.Failure, PlanReader.Parse(text).Plan, Language.Ja);
        var en = FieldWords.Describe(read.Failure, PlanReader.Parse(text).Plan, Language.En);

        Assert.DoesNotContain("行", ja.Replace("実行", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("列", ja, StringComparison.Ordinal);
        Assert.Contains("リード数", ja, StringComparison.Ordinal);
        Assert.DoesNotContain("line", en, StringComparison.Ordinal);
        Assert.Contains("リード数", en, StringComparison.Ordinal);
    }

    [Fact]
    public void AddingAKpiWithANameTooLong_SaysWhichFieldInWords()
    {
        var added = AddMetric.Apply(SeedPlan.Build(), new AddMetric.Request(null, new string('長', 201), "kpi", null, null, null, "count"));

        Assert.False(added.Ok);
        // The field in words first, then the one name-length rule's message (MetricNames.Problem), no file position.
        var ja = FieldWords.Describe(added.Failure, SeedPlan.Build(), Language.Ja);
        var en = FieldWords.Describe(added.Failure, SeedPlan.Build(), Language.En);
        Assert.StartsWith("新しい指標の名前: 名前 '長", ja, StringComparison.Ordinal);
        Assert.EndsWith("は長すぎます (201 文字)。200 文字以内にしてください", ja, StringComparison.Ordinal);
        Assert.StartsWith("name of the new metric: the name '長", en, StringComparison.Ordinal);
        Assert.EndsWith("is too long (201 characters); at most 200", en, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("metrics.leads.target", Language.Ja, "リード数の目標")]
    [InlineData("metrics.leads.target", Language.En, "target of リード数")]
    [InlineData("actions.calls.per_unit", Language.Ja, "架電の1回あたりの成果")]
    [InlineData("actions.calls", Language.En, "架電")]
    [InlineData("summary", Language.Ja, "変更の説明")]
    [InlineData("yaml", Language.Ja, null)]
    public void Name_IsTheFieldInThePagesWords(string field, Language language, string? words) =>
        Assert.Equal(words, FieldWords.Name(field, SeedPlan.Build(), language));

    [Fact]
    public void AColumnInsideAFormula_Stays_ALineOfTheFileGoes()
    {
        var failure = Failure.Invalid(
            new FieldError("metrics.orders.formula", new Message("'win_rat' という指標はありません", "no metric 'win_rat'"), Column: 9),
            new FieldError("metrics.leads", new Message("負の数です", "is negative"), 28, 3));

        Assert.Equal("新規受注数の式: 9文字目: 'win_rat' という指標はありません\nリード数: 負の数です", FieldWords.Describe(failure, SeedPlan.Build(), Language.Ja));
    }
}
