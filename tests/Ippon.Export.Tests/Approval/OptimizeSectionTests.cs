using Ippon.Calculation;
using Ippon.Export.Approval;
using Ippon.Numbers;

namespace Ippon.Export.Tests.Approval;

/// <summary>The approval document's optimal action mix (examples/sales-100m-teams.yaml, the worked example of docs/optimize.md).</summary>
public class OptimizeSectionTests
{
    static string TeamsYaml => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "sales-100m-teams.yaml"));

    static string Section(string yaml, Language language)
    {
        var html = ApprovalDocument.Render(Seed.Context(language, PlanCalculator.Calculate(Seed.Read(yaml))));
        var start = html.IndexOf("<section id=\"optimize\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the approval document has no optimize section");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void TeamsPlan_ShowsTheCheapestMixAndItsSavingVsThePlan()
    {
        var section = Section(TeamsYaml, Language.Ja);

        Assert.Contains("アクションの最適な組み合わせ", section);
        Assert.Contains(">390万円<", section);       // the plan's cost
        Assert.Contains(">330万円<", section);       // the optimal mix's cost
        Assert.Contains(">60万円<", section);        // the saving
        Assert.Contains(">15.38%<", section);        // 60万 / 390万
        Assert.Contains("<b>24本</b>", section);     // articles 12 → 24
        Assert.Contains("<b>2回</b>", section);      // webinars 6 → 2
        Assert.Contains("180万円 → 60万円", section);
        Assert.Contains("336時間 (56%)", section);   // marketing's load now
        Assert.Contains("272時間 (45.33%)", section); // and at the optimum
        Assert.Contains("KPIをすべて満たす最小の費用は 330万円 (今の組み合わせでは 390万円、差額 60万円)", section);
    }

    [Fact]
    public void TeamsPlan_InEnglish_SaysTheSameInJpy()
    {
        var section = Section(TeamsYaml, Language.En);

        Assert.Contains("The optimal action mix", section);
        Assert.Contains(">3,300,000 JPY<", section);
        Assert.Contains(">600,000 JPY<", section);
        Assert.Contains("the least cost that covers every KPI: 3,300,000 JPY (3,900,000 JPY with the current mix, 600,000 JPY less)", section);
    }

    [Fact]
    public void TeamsPlanAtFifteenPercent_GivesTheSmallestFixesInsteadOfAMix()
    {
        var yaml = TeamsYaml.Replace("value: 20%, unit: ratio", "value: 15%, unit: ratio", StringComparison.Ordinal);
        Assert.NotEqual(TeamsYaml, yaml);

        var section = Section(yaml, Language.Ja);

        Assert.Contains("実現させるための最小の修正", section);
        Assert.Contains("<li>営業部に 100時間 (0.2778人 ≒ 1人) 追加</li>", section);
        Assert.Contains("<li>受注率を 15% → 16.2% に</li>", section);
        Assert.DoesNotContain("削減できる費用", section);
    }

    [Fact]
    public void SeedPlan_WithoutTeamsOrCosts_HasNoOptimizeSection()
    {
        var html = ApprovalDocument.Render(Seed.Context());

        Assert.DoesNotContain("<section id=\"optimize\"", html);
    }
}
