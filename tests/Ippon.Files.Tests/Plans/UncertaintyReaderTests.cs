using Ippon.Files.Plans;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Files.Tests.Plans;

/// <summary>The forecast's keys of the plan file: range:, confidence:, variability:, forecast: { defaults: }.</summary>
public class UncertaintyReaderTests
{
    const string Uncertain = """
        plan: 不確かさ
        forecast: { defaults: none }
        metrics:
          revenue:    { role: kgi, formula: orders * unit_price, target: 4000万円, unit: JPY }
          orders:     { role: kpi, formula: deals * win_rate, unit: count }
          deals:      { role: kpi, unit: count, variability: 10%, range: [80, 120] }
          win_rate:   { value: 20%, unit: ratio, range: [15%, 25%] }
          deal_rate:  { value: 10%, unit: ratio, confidence: { trials: 50 } }
          unit_price: { value: 200万円, unit: JPY, range: { low: 150万円, high: 250万円, level: 90% } }
        """;

    [Fact]
    public void Read_RangeConfidenceAndVariability_AreTheMetricsUncertainty()
    {
        var plan = PlanReader.Parse(Uncertain).Plan!;

        Assert.False(plan.ForecastDefaults);
        Assert.Equal(new Uncertainty { Low = 0.15m, High = 0.25m }, plan.Find("win_rate")!.Uncertainty);
        Assert.Equal(0.8m, plan.Find("win_rate")!.Uncertainty!.Level);
        Assert.Equal(new Uncertainty { Trials = 50 }, plan.Find("deal_rate")!.Uncertainty);
        Assert.Equal(new Uncertainty { Low = 80, High = 120, Variability = 0.1m }, plan.Find("deals")!.Uncertainty);
        Assert.Equal(new Uncertainty { Low = 1_500_000, High = 2_500_000, Level = 0.9m }, plan.Find("unit_price")!.Uncertainty);
        Assert.Null(plan.Find("orders")!.Uncertainty);
    }

    [Fact]
    public void Write_Uncertainty_ReadsBackTheSame()
    {
        var plan = PlanReader.Parse(Uncertain).Plan!;

        var written = PlanWriter.Write(plan);
        var back = PlanReader.Parse(written);

        Assert.True(back.Success, string.Join("\n", back.Errors.Select(e => e.Format(Language.En))) + "\n" + written);
        Assert.Contains("range: [15%, 25%]", written);
        Assert.Contains("confidence: { trials: 50 }", written);
        Assert.Contains("range: { low: 150万円, high: 250万円, level: 90% }", written);
        Assert.Equal(plan.Metrics.Select(m => (m.Id, m.Uncertainty)), back.Plan.Metrics.Select(m => (m.Id, m.Uncertainty)));
        Assert.False(back.Plan.ForecastDefaults);
        Assert.Equal(written, PlanWriter.Write(back.Plan));
    }

    [Theory]
    [InlineData("range: [25%, 15%]", "low end")]
    [InlineData("range: [15%, 125%]", "between 0% and 100%")]
    [InlineData("range: [21%, 25%]", "outside its range")]
    [InlineData("range: [15%]", "expected range: of win_rate as [low, high]")]
    [InlineData("confidence: { trials: 0 }", "must be above 0")]
    [InlineData("confidence: { n: 5 }", "unknown key 'n'")]
    [InlineData("variability: 10%", "is a rate")]
    [InlineData("range: [15%, 25%], confidence: { trials: 5 }", "both range: and confidence:")]
    [InlineData("range: { low: 15%, high: 25%, level: 100% }", "between 0% and 100%")]
    public void Read_BadUncertainty_IsAnErrorAtItsLineNamingWhatWasExpected(string keys, string expected)
    {
        var yaml = "plan: p\nmetrics:\n  revenue: { role: kgi, formula: deals * win_rate, target: 10, unit: count }\n  deals: { value: 50, unit: count }\n"
                   + $"  win_rate: {{ value: 20%, unit: ratio, {keys} }}\n";

        var read = PlanReader.Parse(yaml, "plan.yaml");

        var e = Assert.Single(read.Errors);
        Assert.Equal(5, e.Line);
        Assert.Contains(expected, e.Format(Language.En));
        Assert.StartsWith("plan.yaml:5:", e.Format(Language.En));
    }

    [Fact]
    public void Read_UnknownForecastDefault_IsAnError()
    {
        var read = PlanReader.Parse("plan: p\nforecast: { defaults: maybe }\nmetrics:\n  a: { role: kgi, target: 1 }\n");

        Assert.Contains(read.Errors, e => e.Format(Language.En).Contains("standard or none", StringComparison.Ordinal) && e.Line == 2);
    }
}
