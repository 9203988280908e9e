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

        var error = Math.Sqrt(exact * (1 - exact) / Trials);
        Assert.InRange(kgi.Probability!.Value, exact - (Sigmas * error), exact + (Sigmas * error));
        Assert.Equal(error, kgi.ProbabilityError!.Value, 3);
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
