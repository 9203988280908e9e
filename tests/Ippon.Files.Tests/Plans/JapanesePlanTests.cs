using Ippon.Calculation;
using Ippon.Files.Plans;
using Ippon.Numbers;

namespace Ippon.Files.Tests.Plans;

/// <summary>A plan file with Japanese ids and formulas that name metrics by their names (docs/contract-extensions.md).</summary>
public class JapanesePlanTests
{
    static readonly string s_file = Path.Combine(AppContext.BaseDirectory, "TestData", "japanese-names.yaml");

    [Fact]
    public void Read_JapaneseIdsAndNamesInFormulas_GivesTheSeedsNumbers()
    {
        var read = PlanReader.ReadFile(s_file);
        Assert.True(read.Success, string.Join("\n", read.Errors.Select(e => e.Format(Language.En))));

        var result = PlanCalculator.Calculate(read.Plan);

        Assert.Empty(result.Findings.Where(f => f.Severity == Ippon.Checks.Severity.Error));
        Assert.Equal(20m, result.Metric("受注")!.Target);
        Assert.Equal(100m, result.Metric("商談数")!.Target);
        Assert.Equal(1_000m, result.Metric("リード数")!.Target);
        Assert.Equal(10_000m, result.Actions.Single().Volume);
        Assert.Equal(["受注", "単価"], read.Plan.Find("新規売上")!.Formula!.References);
    }

    [Fact]
    public void Write_JapanesePlan_ReadsBackTheSameTextAndNumbers()
    {
        var original = PlanReader.ReadFile(s_file).Plan!;

        var written = PlanWriter.Write(original);
        var back = PlanReader.Parse(written, "back.yaml");

        Assert.True(back.Success, string.Join("\n", back.Errors.Select(e => e.Format(Language.En))) + "\n" + written);
        Assert.Contains("新規受注数 × 「平均 受注単価」", written);
        Assert.Equal(PlanCalculator.Calculate(original).Metrics.Select(m => (m.Id, m.Target, m.PlannedValue)),
            PlanCalculator.Calculate(back.Plan).Metrics.Select(m => (m.Id, m.Target, m.PlannedValue)));
    }

    [Theory]
    [InlineData("受注:       { name: 新規受注数,", "2受注:       { name: 新規受注数,", "metric id '2受注' must start with a letter")]
    [InlineData("formula: 商談数 × 受注率", "formula: 商談数 × 受注率ｘ", "no metric '受注率x'")]
    public void Read_BadJapaneseIdOrName_SaysWhat(string from, string to, string expected)
    {
        var text = File.ReadAllText(s_file).Replace(from, to, StringComparison.Ordinal);

        var read = PlanReader.Parse(text, "plan.yaml");
        var messages = read.Success
            ? PlanCalculator.Calculate(read.Plan).Findings.Select(f => f.Message.In(Language.En))
            : read.Errors.Select(e => e.Format(Language.En));

        Assert.Contains(messages, m => m.Contains(expected, StringComparison.Ordinal));
    }
}
