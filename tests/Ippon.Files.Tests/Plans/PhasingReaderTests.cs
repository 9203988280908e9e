using Ippon.Files.Plans;

namespace Ippon.Files.Tests.Plans;

public class PhasingReaderTests
{
    [Fact]
    public void Parse_PlanLevelAndMetricPhasing_ReadsBoth()
    {
        var yaml = Seed.With("checks:", "phasing: [1, 1, 2, 2]\nchecks:")
            .Replace("leads:          { name: リード数, role: kpi,", "leads:          { name: リード数, role: kpi, phasing: [1, 2, 3, 4],", StringComparison.Ordinal);

        var read = PlanReader.Parse(yaml);

        Assert.True(read.Success, string.Join("\n", read.Errors));
        Assert.Equal([1m, 1m, 2m, 2m], read.Plan.Phasing.ToArray());
        Assert.Equal([1m, 2m, 3m, 4m], read.Plan.Find("leads")!.Phasing.ToArray());
    }

    [Fact]
    public void Parse_PhasingWithTheWrongNumberOfWeights_IsAnErrorAtThePhasing()
    {
        var yaml = Seed.With("checks:", "phasing: [1, 2, 3]\nchecks:");

        var read = PlanReader.Parse(yaml, "p.yaml");

        var error = Assert.Single(read.Errors);
        Assert.Equal(11, error.Line);
        Assert.Equal(10, error.Column);
        Assert.Contains("has 3 weights but the horizon has 4 periods (Q1, Q2, Q3, Q4)", error.ToString());
    }

    [Fact]
    public void Parse_MetricPhasingWithTheWrongNumberOfWeights_NamesTheMetric()
    {
        var yaml = Seed.With("leads:          { name: リード数, role: kpi,", "leads:          { name: リード数, role: kpi, phasing: [1, 1],");

        var read = PlanReader.Parse(yaml, "p.yaml");

        var error = Assert.Single(read.Errors);
        Assert.StartsWith("p.yaml:26:", error.ToString());
        Assert.Contains("phasing: of metric leads has 2 weights", error.ToString());
    }

    [Fact]
    public void Parse_NegativeWeight_IsAnErrorAtThatWeight()
    {
        var yaml = Seed.With("checks:", "phasing: [1, -1, 1, 1]\nchecks:");

        var error = Assert.Single(PlanReader.Parse(yaml).Errors);

        Assert.Equal(14, error.Column);
        Assert.Contains("negative weight for Q2", error.ToString());
    }

    [Fact]
    public void Parse_PhasingWithoutHorizon_SaysAHorizonIsNeeded()
    {
        var yaml = "plan: x\nphasing: [1, 2]\nmetrics:\n  revenue: { role: kgi, target: 100 }\n";

        var error = Assert.Single(PlanReader.Parse(yaml).Errors);

        Assert.Contains("needs a horizon:", error.ToString());
    }

    [Fact]
    public void Write_PlanWithPhasing_ReadsBackTheSameWeights()
    {
        var plan = PlanReader.Parse(Seed.With("checks:", "phasing: [1, 1.5, 2, 2.5]\nchecks:")).Plan!;

        var again = PlanReader.Parse(PlanWriter.Write(plan));

        Assert.True(again.Success, string.Join("\n", again.Errors));
        Assert.Equal([1m, 1.5m, 2m, 2.5m], again.Plan.Phasing.ToArray());
    }
}
