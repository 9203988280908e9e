using Ippon.Calculation;
using Ippon.Formulas.Syntax;
using Ippon.Plans;

namespace Ippon.Tests.Plans;

/// <summary>Formulas that name metrics by their Japanese names calculate as the same formulas by id.</summary>
public class MetricNamesTests
{
    // The seed plan with every formula written with names instead of ids.
    static Plan NamedSeed()
    {
        var seed = SeedPlan.Build();
        var byName = new Dictionary<string, string>
        {
            ["revenue"] = "既存顧客リピート売上 + 新規売上",
            ["new_revenue"] = "新規受注数 × 平均受注単価",
            ["orders"] = "商談数 × 受注率",
            ["deals"] = "リード数 × 商談化率",
        };
        return seed with
        {
            Metrics = [.. seed.Metrics.Select(m => byName.TryGetValue(m.Id, out var f) ? m with { Formula = Formula.Parse(f).Value } : m)],
        };
    }

    [Fact]
    public void Resolve_SeedWrittenWithNames_CalculatesTheSeedsNumbers()
    {
        var plan = MetricNames.Resolve(NamedSeed());

        var result = PlanCalculator.Calculate(plan);

        Assert.Empty(result.Findings.Where(f => f.Rule.Id == "unknown-metric"));
        Assert.Equal(20m, result.Metric("orders")!.Target);
        Assert.Equal(100m, result.Metric("deals")!.Target);
        Assert.Equal(1_000m, result.Metric("leads")!.Target);
        Assert.Equal("商談数 × 受注率", plan.Find("orders")!.Formula!.Text);
        Assert.Equal(["deals", "win_rate"], plan.Find("orders")!.Formula!.References);
    }

    [Fact]
    public void Words_NameSharedByTwoMetrics_NamesNeither()
    {
        var seed = SeedPlan.Build();
        var plan = seed with { Metrics = [.. seed.Metrics.Select(m => m.Id == "deal_rate" ? m with { Name = "受注率" } : m)] };

        var words = MetricNames.Words(plan.Metrics);

        Assert.False(words.ContainsKey("受注率"));
        Assert.Equal("deals", words["商談数"]);
        Assert.Equal("win_rate", words["win_rate"]);
    }

    [Fact]
    public void Words_NameThatIsAnotherMetricsId_NamesTheIdsMetric()
    {
        var seed = SeedPlan.Build();
        var plan = seed with { Metrics = [.. seed.Metrics.Select(m => m.Id == "deals" ? m with { Name = "leads" } : m)] };

        Assert.Equal("leads", MetricNames.Words(plan.Metrics)["leads"]);
    }

    [Fact]
    public void Rename_MetricNamedInAFormula_RewritesTheNameAndKeepsIds()
    {
        var plan = MetricNames.Resolve(NamedSeed());
        plan = plan with { Metrics = [.. plan.Metrics.Select(m => m.Id == "revenue" ? m with { Formula = Formula.Parse("repeat_revenue + 新規売上").Value } : m)] };
        plan = MetricNames.Resolve(plan);

        var renamed = MetricNames.Rename(plan, "deals", "商談 件数");
        var idRenamed = MetricNames.Rename(renamed, "repeat_revenue", "既存売上");

        Assert.Equal("「商談 件数」 × 受注率", renamed.Find("orders")!.Formula!.Text);
        Assert.Equal(["deals", "win_rate"], renamed.Find("orders")!.Formula!.References);
        Assert.Equal("repeat_revenue + 新規売上", idRenamed.Find("revenue")!.Formula!.Text);
        Assert.Equal(20m, PlanCalculator.Calculate(idRenamed).Metric("orders")!.Target);
    }

    [Fact]
    public void Rename_ToNoName_WritesTheId()
    {
        var plan = MetricNames.Resolve(NamedSeed());

        var renamed = MetricNames.Rename(plan, "win_rate", null);

        Assert.Equal("商談数 × win_rate", renamed.Find("orders")!.Formula!.Text);
    }

    [Theory]
    [InlineData("revenue", "既存顧客リピート売上 + 新規売上")]
    [InlineData("new_revenue", "新規受注数 × 平均受注単価")]
    [InlineData("orders", "商談数 × 受注率")]
    public void Write_SeedsIdFormulas_NamesEveryMetricByItsName(string id, string expected)
    {
        var seed = SeedPlan.Build();

        Assert.Equal(expected, MetricNames.Write(seed, seed.Find(id)!.Formula!));
    }

    [Fact]
    public void Write_NameWithASpaceASharedNameAndNumbers_QuotesTheOneAndWritesTheIdOfTheOther()
    {
        var seed = SeedPlan.Build();
        var plan = seed with
        {
            Metrics = [.. seed.Metrics.Select(m => m.Id switch
            {
                "deals" => m with { Name = "商談 件数" },
                "deal_rate" => m with { Name = "受注率" }, // win_rate's name too: the name names neither
                "orders" => m with { Formula = Formula.Parse("ceil(deals * win_rate / 0.5) - -1 * 1000.25").Value },
                _ => m,
            })],
        };

        Assert.Equal("ceil(「商談 件数」 × win_rate ÷ 0.5) - -1 × 1000.25", MetricNames.Write(plan, plan.Find("orders")!.Formula!));
    }

    [Fact]
    public void Write_ThenParseAndResolve_GivesTheSameFormulaForEveryFormulaOfTheSeed()
    {
        // The law a formula box stands on: what it shows, read back, is the formula it showed.
        var seed = SeedPlan.Build();
        var renamed = seed with { Metrics = [.. seed.Metrics.Select(m => m.Id == "deals" ? m with { Name = "商談 (件)" } : m)] };
        var words = MetricNames.Words(renamed.Metrics);
        foreach (var plan in new[] { seed, renamed, MetricNames.Resolve(NamedSeed()) })
        {
            foreach (var m in plan.Metrics.Where(m => m.Formula is not null))
            {
                var written = MetricNames.Write(plan, m.Formula!);
                var read = MetricNames.Resolve(Formula.Parse(written).Value!, MetricNames.Words(plan.Metrics));
                Assert.Equal(Printer.Print(m.Formula!.Expr), Printer.Print(read.Expr)); // same tree of ids (positions aside)
            }
        }
        Assert.Equal("「商談 (件)」 × 受注率", MetricNames.Write(renamed, renamed.Find("orders")!.Formula!));
        Assert.Equal("deals", words["「商談 (件)」".Trim('「', '」')]);
    }
}
