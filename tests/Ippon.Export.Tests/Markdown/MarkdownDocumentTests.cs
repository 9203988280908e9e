using Ippon.Calculation;
using Ippon.Numbers;

namespace Ippon.Export.Tests.Markdown;

public class MarkdownDocumentTests
{
    static string Md(Language language = Language.Ja, PlanResult? result = null) => Exporter.Text(Seed.Context(language, result), ExportFormat.Markdown);

    [Fact]
    public void Render_SeedPlan_MatchesTheCommittedSnapshot() => Snapshot.Match("seed.md", Md());

    [Fact]
    public void Render_SeedPlan_HasTheTreeAsMermaidAndTheFormulaChain()
    {
        var md = Md();

        Assert.Contains("```mermaid\nflowchart TD", md);
        Assert.Contains("m_revenue --> m_repeat_revenue", md);
        Assert.Contains("m_deals --> a_calls", md);
        Assert.Contains("4,000万円 ÷ 200万円 = 20件\n→ 20件 ÷ 20% = 100件\n→ 100件 ÷ 10% = 1,000件", md);
        Assert.Contains("| KPI | 商談数 | `deals` | `leads * deal_rate` | 100件 | 100件 | ±0 | 営業部 | 達成見込み |", md);
    }

    [Fact]
    public void Render_WithActuals_HasTheReviewTableAndWhatToActOn()
    {
        var review = Seed.ReviewAtQ2();
        var md = Exporter.Text(Seed.Context(result: review.Baseline) with { Review = review }, ExportFormat.Markdown);

        Assert.Contains("## 実績レビュー (Q2 時点)", md);
        Assert.Contains("| リード数 | 500件 | 400件 | 80% | 1,000件 | 1,340件 | 940件 |", md);
        Assert.Contains("| 受注率 | 20% | 15% | 75% |", md);
        Assert.Contains("1. **受注率**", md);
    }

    [Fact]
    public void Render_English_UsesEnglishHeadings()
    {
        var md = Md(Language.En);

        Assert.Contains("## Back-calculation", md);
        Assert.Contains("**KGI 年間売上: 100,000,000 JPY**", md);
    }

    [Fact]
    public void Render_MarkupInNames_IsEscapedInTablesAndMermaid()
    {
        var md = Md(result: PlanCalculator.Calculate(Seed.Read(Hostile.Yaml)));

        Assert.DoesNotContain("<script>", md);
        Assert.DoesNotContain("<img", md);
        Assert.Contains("売上 &lt;script&gt;alert('x')&lt;/script&gt;", md);
        Assert.Contains("受注 \"quoted\" \\| pipe", md);
        Assert.Contains("受注 #quot;quoted#quot; | pipe", md);
    }
}
