using Ippon.Forecast.Reporting;
using Ippon.Numbers;
using MathNet.Numerics.Distributions;

namespace Ippon.Forecast.Tests;

/// <summary>Counts and volumes with a range learn their pace from the actuals to date (docs/forecast.md): Gamma–Poisson for counts, a normal update for volumes with a variability.</summary>
public class CountsLearnTests
{
    // The 80% range [800, 1,200] around 1,000 leads: a factor of deviation 400 ÷ (2 × 1.2816) ÷ 1,000 = 0.1561,
    // Gamma(a, a) with a = 1 ÷ 0.1561² = 41.06.
    static readonly double s_z = Normal.InvCDF(0, 1, 0.9);
    static readonly double s_leadsShape = Math.Pow(2 * s_z * 1000 / 400, 2);

    static Ippon.Plans.Plan SeedWith(string from, string to) => Plans.Read(Plans.SeedText.Replace(from, to, StringComparison.Ordinal));

    static Ippon.Plans.Plan SeedWithLeadsRange() =>
        SeedWith("leads:          { name: リード数, role: kpi, unit: count, owner: マーケティング部 }",
                 "leads:          { name: リード数, role: kpi, unit: count, owner: マーケティング部, range: [800, 1200] }");

    [Fact]
    public void LeadsWithARange_AfterAQ1Of200Against250Planned_HaveTheGammaPoissonPosterior()
    {
        var plan = SeedWithLeadsRange();

        var f = Forecaster.Run(plan, Plans.AfterQ1(plan), new ForecastOptions { Trials = 2_000, Confidence = null, Contributions = false });

        var leads = f.Beliefs.Single(b => b.Metric == "leads");
        Assert.Equal(BeliefKind.Count, leads.Kind);
        Assert.Equal((200.0, 250.0), (leads.Observed, leads.Count));
        // Prior: 1,000 at a pace of Gamma(41.06, 41.06), mean 1. Posterior: Gamma(41.06 + 200, 41.06 + 250) = Gamma(241.06, 291.06), mean 82.8%.
        Assert.Equal(1000.0, leads.Prior.Mean, 6);
        Assert.Equal(1000 * (s_leadsShape + 200) / (s_leadsShape + 250), leads.Posterior.Mean, 6);
        Assert.Equal(828.2, leads.Posterior.Mean, 0.05);
        Assert.Equal(1000 * Math.Sqrt(s_leadsShape + 200) / (s_leadsShape + 250), leads.Posterior.StdDev, 6);
        Assert.Equal(1000 * Gamma.InvCDF(s_leadsShape + 200, s_leadsShape + 250, 0.1), leads.Posterior.P10, 6);
    }

    [Fact]
    public void TheLeadsStillToCome_AreWhatThePlanStillNeeds_AtThePaceLearnt()
    {
        var plan = SeedWithLeadsRange();

        var f = Forecaster.Run(plan, Plans.AfterQ1(plan), new ForecastOptions { Trials = 20_000, Confidence = null, Contributions = false });

        // 200 done, 800 still planned, at the posterior pace 241.06 ÷ 291.06: 200 + 662.6 = 862.6 expected.
        var pace = (s_leadsShape + 200) / (s_leadsShape + 250);
        var leads = f.Metric("leads")!;
        Assert.Equal(200 + (800 * pace), leads.Expected!.Value, 6);
        // The simulated mean within 5 Monte Carlo standard errors (whole leads per quarter add at most ±1.5).
        Assert.InRange(leads.Landing.Mean, 200 + (800 * pace) - (5 * leads.Landing.StdDev / Math.Sqrt(20_000)) - 1.5, 200 + (800 * pace) + (5 * leads.Landing.StdDev / Math.Sqrt(20_000)) + 1.5);
        Assert.Equal(200.0, leads.Periods[0].Band.P50);
    }

    [Fact]
    public void WithoutActuals_ACountsBeliefIsItsPrior_AndItsLandingSpreadsAsItsRange()
    {
        var plan = SeedWithLeadsRange();

        var f = Forecaster.Run(plan, Review.Actuals.Empty, new ForecastOptions { Trials = 20_000, Confidence = null, Contributions = false });

        var leads = f.Beliefs.Single(b => b.Metric == "leads");
        Assert.Null(leads.Observed);
        Assert.Equal(leads.Prior, leads.Posterior);
        // The factor's deviation is the range's: 1,000 × 0.1561 = 156 leads, the landing's within sampling error.
        Assert.Equal(1000 / Math.Sqrt(s_leadsShape), leads.Prior.StdDev, 6);
        Assert.InRange(f.Metric("leads")!.Landing.StdDev, 156 * 0.95, 156 * 1.05);
    }

    [Fact]
    public void AVolumeInYen_LearnsByTheNormalUpdate_OnlyWhenItsVariabilityIsStated()
    {
        const string Repeat = "repeat_revenue: { name: 既存顧客リピート売上, role: ksf, target: 6000万円, unit: JPY, owner: CS }";
        var withVariability = SeedWith(Repeat, "repeat_revenue: { name: 既存顧客リピート売上, role: ksf, target: 6000万円, unit: JPY, owner: CS, range: [5000万円, 7000万円], variability: 10% }");
        var without = SeedWith(Repeat, "repeat_revenue: { name: 既存顧客リピート売上, role: ksf, target: 6000万円, unit: JPY, owner: CS, range: [5000万円, 7000万円] }");
        const string Q1 = "period,metric,value\nQ1,leads,200\nQ1,deals,20\nQ1,orders,3\nQ1,new_revenue,6000000\nQ1,repeat_revenue,12000000\n";
        var options = new ForecastOptions { Trials = 1_000, Confidence = null, Contributions = false };

        var learnt = Forecaster.Run(withVariability, Plans.Actuals(withVariability, Q1), options).Beliefs.Single(b => b.Metric == "repeat_revenue");
        var kept = Forecaster.Run(without, Plans.Actuals(without, Q1), options).Beliefs.Single(b => b.Metric == "repeat_revenue");

        // Prior: a factor of mean 1, deviation 2,000万 ÷ (2 × 1.2816) ÷ 6,000万 = 0.1300 (precision 59.1). Q1: 1,200万 of
        // 1,500万 planned, a pace of 0.8 weighing 1 ÷ 0.1² = 100. Posterior mean (59.1 × 1 + 100 × 0.8) ÷ 159.1 = 0.874.
        var prior = 1 / Math.Pow(20_000_000 / (2 * s_z) / 60_000_000, 2);
        var mean = (prior + (100 * 0.8)) / (prior + 100);
        Assert.Equal((12_000_000.0, 15_000_000.0), (learnt.Observed, learnt.Count));
        Assert.Equal(60_000_000 * mean, learnt.Posterior.Mean, 3);
        Assert.Equal(60_000_000 / Math.Sqrt(prior + 100), learnt.Posterior.StdDev, 3);
        Assert.Equal(52_460_000, Math.Round(learnt.Posterior.Mean / 10_000) * 10_000);
        Assert.Equal(kept.Prior, kept.Posterior);
    }

    [Theory]
    [InlineData("ja", "200件 / 計画 250件 (ペース 80.0%)")]
    [InlineData("en", "200 / 250 planned (pace 80.0%)")]
    public void ACountsObservation_ReadsAsCountedAgainstPlanned_InBothLanguages(string lang, string expected)
    {
        var plan = SeedWithLeadsRange();
        var f = Forecaster.Run(plan, Plans.AfterQ1(plan), new ForecastOptions { Trials = 1_000, Confidence = null, Contributions = false });

        var text = ForecastText.Observed(f, f.Beliefs.Single(b => b.Metric == "leads"), lang == "ja" ? Language.Ja : Language.En);

        Assert.Equal(expected, text);
    }
}
