using CsCheck;
using MathNet.Numerics.Distributions;

namespace Ippon.Forecast.Tests;

/// <summary>Where the answer is known in closed form, the simulation must agree with it within its own Monte Carlo error.</summary>
/// <remarks>
/// One binomial stage (orders = deals × win_rate, 50 deals) with a Beta(2, 8) win rate ("20%, as sure as 10 deals")
/// is the Beta-binomial BB(50, 2, 8). With T trials the sample mean has standard error σ/√T, the sample variance
/// about σ²·√(2/T) (a little more for this skewed law: 5 standard errors leave room), and an empirical CDF value
/// √(F(1 − F)/T). Every check allows 5 standard errors: a correct simulation fails one in ~1.7 million runs, and
/// the seed is fixed, so the test is deterministic.
/// </remarks>
public class ClosedFormTests
{
    const string OneStage = """
        plan: 受注数だけの計画
        metrics:
          orders:   { role: kgi, formula: deals * win_rate, target: 12, unit: count }
          deals:    { value: 50, unit: count }
          win_rate: { value: 20%, unit: ratio, confidence: { trials: 10 } }
        """;

    const int Trials = 200_000;
    const double Sigmas = 5;

    static ForecastResult Run(int seed = 7) =>
        Forecaster.Run(Plans.Read(OneStage), Ippon.Review.Actuals.Empty, new ForecastOptions { Trials = Trials, Seed = seed, Confidence = null, Contributions = false });

    [Fact]
    public void OneBinomialStageWithABetaRate_HasTheBetaBinomialMeanAndVariance()
    {
        var (n, a, b) = (50.0, 2.0, 8.0);
        var mean = n * a / (a + b);
        var variance = n * a * b * (a + b + n) / ((a + b) * (a + b) * (a + b + 1));

        var landing = Run().Kgi!.Landing;

        Assert.InRange(landing.Mean, mean - (Sigmas * Math.Sqrt(variance / Trials)), mean + (Sigmas * Math.Sqrt(variance / Trials)));
        var sampleVariance = landing.StdDev * landing.StdDev;
        Assert.InRange(sampleVariance, variance * (1 - (Sigmas * Math.Sqrt(2.0 / Trials) * 2)), variance * (1 + (Sigmas * Math.Sqrt(2.0 / Trials) * 2)));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(10)]
    [InlineData(12)]
    [InlineData(20)]
    public void OneBinomialStageWithABetaRate_ReachesATargetAsOftenAsTheBetaBinomialCdfSays(int target)
    {
        var exact = 1 - BetaBinomial.CDF(50, 2, 8, target - 1);
        var plan = Plans.Read(OneStage.Replace("target: 12", $"target: {target}", StringComparison.Ordinal));

        var kgi = Forecaster.Run(plan, Ippon.Review.Actuals.Empty, new ForecastOptions { Trials = Trials, Seed = 11, Confidence = null, Contributions = false }).Kgi!;

        // The chance reported is the closed form; the simulation agrees with it within its own error.
        Assert.True(kgi.ProbabilityExact);
        Assert.Equal(exact, kgi.Probability!.Value, 12);
        Assert.Equal(0.0, kgi.ProbabilityError);
        var error = Math.Sqrt(exact * (1 - exact) / Trials);
        Assert.InRange(kgi.SimulatedProbability!.Value, exact - (Sigmas * error), exact + (Sigmas * error));
    }

    static readonly Gen<(int Deals, int Percent, int Sure, int Target)> s_stage =
        from deals in Gen.Int[1, 150]
        from percent in Gen.Int[2, 98]
        from sure in Gen.Int[2, 200]
        from target in Gen.Int[0, deals]
        select (deals, percent, sure, target);

    [Fact]
    public void AnyOneBinomialStage_IsExactlyTheBetaBinomial_AndTheSimulationAgreesWithinItsError()
    {
        const int trials = 20_000;
        s_stage.Sample(c =>
        {
            var plan = Plans.Read(OneStage
                .Replace("target: 12", $"target: {c.Target}", StringComparison.Ordinal)
                .Replace("value: 50", $"value: {c.Deals}", StringComparison.Ordinal)
                .Replace("value: 20%, unit: ratio, confidence: { trials: 10 }", $"value: {c.Percent}%, unit: ratio, confidence: {{ trials: {c.Sure} }}", StringComparison.Ordinal));
            var (a, b) = (c.Percent / 100.0 * c.Sure, (1 - (c.Percent / 100.0)) * c.Sure);
            // MathNet's CDF sums probabilities: it can pass 1 by 10⁻¹³ in a far tail.
            var exact = c.Target == 0 ? 1 : Math.Clamp(1 - BetaBinomial.CDF(c.Deals, a, b, c.Target - 1), 0, 1);

            var kgi = Forecaster.Run(plan, Ippon.Review.Actuals.Empty, new ForecastOptions { Trials = trials, Seed = c.Deals + c.Target, Confidence = null, Contributions = false }).Kgi!;

            // 5 standard errors, plus 5 trials for the rare tails where the normal error understates the spread.
            var error = (Sigmas * Math.Sqrt(exact * (1 - exact) / trials)) + (5.0 / trials);
            return kgi.ProbabilityExact && Math.Abs(kgi.Probability!.Value - exact) < 1e-9
                && Math.Abs(kgi.SimulatedProbability!.Value - exact) <= error;
        }, iter: 25);
    }

    [Fact]
    public void AfterAQuarter_TheStageIsTheOrdersToDatePlusTheBetaBinomialOfTheDealsStillToCome()
    {
        // 100 deals for the year, 20 in Q1 with 3 orders: the win rate's prior Beta(2, 8) becomes Beta(5, 25), and the
        // remaining 80 deals give BB(80, 5, 25) orders on top of the 3.
        var plan = Plans.Read(OneStage.Replace("plan: 受注数だけの計画", "plan: 受注数だけの計画\nhorizon: { start: 2026-04-01, end: 2027-03-31, period: quarter }", StringComparison.Ordinal)
            .Replace("value: 50", "value: 100", StringComparison.Ordinal).Replace("target: 12", "target: 20", StringComparison.Ordinal));
        var actuals = Plans.Actuals(plan, "period,metric,value\nQ1,deals,20\nQ1,orders,3\n");

        var kgi = Forecaster.Run(plan, actuals, new ForecastOptions { Trials = Trials, Confidence = null, Contributions = false }).Kgi!;

        var exact = 1 - BetaBinomial.CDF(80, 5, 25, 20 - 3 - 1);
        Assert.True(kgi.ProbabilityExact);
        Assert.Equal(exact, kgi.Probability!.Value, 12);
        Assert.InRange(kgi.SimulatedProbability!.Value, exact - (Sigmas * Math.Sqrt(exact * (1 - exact) / Trials)), exact + (Sigmas * Math.Sqrt(exact * (1 - exact) / Trials)));
    }

    [Fact]
    public void TheSeed_HasUncertainDealsAboveItsOrders_SoItsChanceIsSimulated()
    {
        var kgi = Forecaster.Run(Plans.Seed, Plans.AfterQ1(Plans.Seed), new ForecastOptions { Trials = 2_000, Confidence = null, Contributions = false }).Kgi!;

        Assert.False(kgi.ProbabilityExact);
        Assert.Equal(kgi.SimulatedProbability, kgi.Probability);
        Assert.True(kgi.ProbabilityError > 0);
    }

    [Fact]
    public void ObservedOrdersOutOfDeals_UpdateTheWinRateToTheBetaPosterior()
    {
        var plan = Plans.Seed;

        var f = Forecaster.Run(plan, Plans.AfterQ1(plan), new ForecastOptions { Trials = 1000, Confidence = null, Contributions = false });

        // Prior: 20% as sure as 20 deals = Beta(4, 16); after 3 orders out of 20 deals: Beta(7, 33), mean 17.5%.
        var win = f.Beliefs.Single(b => b.Metric == "win_rate");
        Assert.Equal(("default", 0.2, 0.15, 3.0, 20.0), (win.Basis, win.Prior.Mean, win.Observed!.Value, win.Successes!.Value, win.Count!.Value));
        Assert.Equal(7.0 / 40, win.Posterior.Mean, 12);
        Assert.Equal(Beta.InvCDF(7, 33, 0.9), win.Posterior.P90, 9);
        // 20 deals out of 200 leads: the deal rate's 10% is confirmed, and surer.
        var deal = f.Beliefs.Single(b => b.Metric == "deal_rate");
        Assert.Equal(0.1, deal.Posterior.Mean, 12);
        Assert.True(deal.Posterior.StdDev < deal.Prior.StdDev / 3);
    }

    [Fact]
    public void ARangeOnARate_IsABetaWithThatCentralInterval()
    {
        var b = Beliefs.RateBelief.FromRange(0.2, 0.15, 0.25, 0.8);

        Assert.Equal(0.2, b.Mean, 12);
        Assert.Equal(0.10, b.Quantile(0.9) - b.Quantile(0.1), 6);
    }
}
