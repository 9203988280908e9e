using System.Text.RegularExpressions;
using Ippon.Calculation;
using Ippon.Export.Approval;
using Ippon.Numbers;

namespace Ippon.Export.Tests.Approval;

public class ApprovalDocumentTests
{
    static string Html(Language language = Language.Ja, PlanResult? result = null) => ApprovalDocument.Render(Seed.Context(language, result));

    [Fact]
    public void Render_SeedPlan_HasTitleAuthorDateAndEverySection()
    {
        var html = Html();

        Assert.Contains("<title>年間売上1億円計画 — 稟議書</title>", html);
        Assert.Contains("経営企画部", html);
        Assert.Contains("2026年11月24日", html);
        foreach (var id in new[] { "summary", "kgi", "tree", "back-calculation", "actions", "assumptions", "checks", "appendix" })
            Assert.Contains($"<section id=\"{id}\"", html);
        Assert.Contains("売上10億円・ユーザー10万人", html);
    }

    [Fact]
    public void Render_SeedPlan_LaysOutTheBackCalculationAsFormulas()
    {
        var html = Html();

        Assert.Contains("4,000万円 ÷ 200万円 = 20件", html);
        Assert.Contains("20件 ÷ 20% = 100件", html);
        Assert.Contains("100件 ÷ 10% = 1,000件", html);
        Assert.Contains("新規売上 ÷ 平均受注単価 (切り上げ)", html);
        Assert.Contains("= 商談数 × 受注率", html);
        Assert.Contains("商談数 100件 ÷ 1% = 10,000件", html);
        Assert.Contains("リード数 1,000件 × 40% ÷ 34件 = 12本 (切り上げ)", html);
    }

    [Fact]
    public void Render_SeedPlan_ShowsKsfSplitActionsLoadAndSmart()
    {
        var html = Html();

        Assert.Contains("既存顧客リピート売上", html);
        Assert.Contains(">60%<", html);
        Assert.Contains(">40%<", html);
        Assert.Contains("69.44%", html);
        Assert.Contains("4人 × 15/日 × 240日", html);
        Assert.Contains("<svg", html);
        Assert.Equal(30, Regex.Count(html, "class=\"mark-yes\">✓</td>"));
        Assert.Contains("指摘事項はありません", html);
    }

    [Fact]
    public void Render_SeedPlan_RanksTheInputsByHowMuchTheyMoveTheKgi()
    {
        var html = Html();

        Assert.Contains("<section id=\"sensitivity\"", html);
        Assert.Contains("KGI を最も動かすのは「既存顧客リピート売上」です", html);
        Assert.Contains("±10% で年間売上は 9,400万円 〜 1億600万円", html);
        // The three factors of new revenue (and the leads planned at their target) move the KGI alike: elasticity 0.4.
        Assert.Equal(4, Regex.Count(html, "<td class=\"num\">0.40</td>"));
        Assert.Contains("<td class=\"num\">0.60</td>", html);
    }

    [Fact]
    public void Render_WithActuals_ShowsTheQuarterlyReviewAndTheRePlan()
    {
        var review = Seed.ReviewAtQ2();
        var html = ApprovalDocument.Render(Seed.Context(result: review.Baseline) with { Review = review });

        Assert.Contains("実績レビュー (Q2 時点)", html);
        Assert.Matches("商談数</td><td class=\"num\">50件</td><td class=\"num\">40件</td>", html);
        Assert.Contains("<b>134件</b>", html);
        Assert.Contains("<b>1,340件</b>", html);
        Assert.Contains("940件", html);
        Assert.Contains("受注率 20% → 15%", html);
        Assert.Contains("打ち手", html);
        var numbers = Regex.Matches(html, "<span class=\"number\">(\\d+)\\.</span>").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
    }

    [Fact]
    public void Render_WithActuals_HasTheChanceOfTheKgiAndThePlanForEightyPercent()
    {
        var review = Seed.ReviewAtQ2();
        var context = Seed.Context(result: review.Baseline) with { Review = review };

        var html = ApprovalDocument.Render(context);

        var f = context.Forecast!;
        Assert.Contains("<section id=\"forecast\"", html);
        Assert.Contains("達成確率", html);
        Assert.Contains(Ippon.Forecast.Reporting.ForecastFormat.Probability(f.Kgi!.Probability!.Value), html);
        Assert.Contains("事前 → 実績 → 事後", html);
        Assert.Contains("6/40 = 15%", html);
        Assert.Contains($"{f.AtConfidence!.LeverTarget:N0}件", html);
        // Rendering twice gives the same document: the forecast is seeded.
        Assert.Equal(html, ApprovalDocument.Render(Seed.Context(result: review.Baseline) with { Review = review }));
    }

    [Fact]
    public void Render_WithoutActuals_StillHasTheChanceBeforeAnyActuals()
    {
        var html = Html(Language.En);

        Assert.Contains("<section id=\"forecast\"", html);
        Assert.Contains("Chance of reaching the KGI", html);
        Assert.Contains("the chance of 100,000,000 JPY", html);
    }

    [Fact]
    public void Render_WithoutActuals_HasNoReviewSection() => Assert.DoesNotContain("<section id=\"review\"", Html());

    [Fact]
    public void Render_English_UsesEnglishWordsAndYen()
    {
        var html = Html(Language.En);

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("APPROVAL REQUEST", html);
        Assert.Contains("100,000,000 JPY", html);
        Assert.Contains("40,000,000 JPY ÷ 2,000,000 JPY = 20", html);
        Assert.DoesNotContain("稟議書", html);
    }

    [Fact]
    public void Render_PlanWithFindings_ListsEachWithHowToFixIt()
    {
        var plan = Seed.Read(File.ReadAllText(Seed.PlanFile).Replace("capacity: 12            # 月1回まで", "", StringComparison.Ordinal));
        var html = Html(result: PlanCalculator.Calculate(plan));

        Assert.Contains("capacity-unknown", html);
        Assert.Contains("対処:", html);
        Assert.Contains("人数・1人1日あたりの量・稼働日数", html);
        Assert.Contains("注意: 警告 1 件", html);
    }

    [Fact]
    public void Render_MarkupInUserStrings_IsEscaped()
    {
        var html = Html(result: PlanCalculator.Calculate(Seed.Read(Hostile.Yaml)));

        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("<b>bold</b>", html);
        Assert.Contains("売上 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html);
        Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", html);
    }

    [Fact]
    public void Render_PlanWithoutActions_LeavesTheActionSectionOutAndRenumbers()
    {
        var yaml = File.ReadAllText(Seed.PlanFile);
        var html = Html(result: PlanCalculator.Calculate(Seed.Read(yaml[..yaml.IndexOf("actions:", StringComparison.Ordinal)])));

        Assert.DoesNotContain("<section id=\"actions\"", html);
        var numbers = Regex.Matches(html, "<span class=\"number\">(\\d+)\\.</span>").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
    }
}
