namespace Ippon.Forecast.Tests;

/// <summary>With a member dimension, each rep's rate learns from that rep's own actuals (the plan's rate as every rep's prior), in the plan-wide forecast and in one member's.</summary>
public class MemberRatesTests
{
    static readonly ForecastOptions s_options = new() { Trials = 4_000, Confidence = null, Contributions = false };

    [Fact]
    public void ThePlanWideForecast_UsesEachRepsOwnPosterior()
    {
        var plan = Plans.Read(TwoRepsPlan.Yaml);

        var f = Forecaster.Run(plan, Plans.Actuals(plan, TwoRepsPlan.ActualsAfterQ1), s_options);

        // Prior Beta(4, 16) for both (20% as sure as 20 deals). 田中: Beta(4 + 8, 16 + 12) = Beta(12, 28), mean 30%;
        // 佐藤: Beta(4 + 1, 16 + 19) = Beta(5, 35), mean 12.5%. Q1's 9 orders, then 3 quarters × 12.5 deals each:
        // 9 + 37.5 × 30% + 37.5 × 12.5% = 24.9375 (with one plan-wide 20%, 9 + 75 × 20% = 24).
        Assert.Equal(24.9375, f.Kgi!.Expected!.Value, 9);
    }

    [Fact]
    public void WithoutMemberActuals_EveryRepKeepsThePlansPrior()
    {
        var plan = Plans.Read(TwoRepsPlan.Yaml);

        var f = Forecaster.Run(plan, Review.Actuals.Empty, s_options);

        // 4 quarters × 12.5 deals × 20% × 2 reps.
        Assert.Equal(20.0, f.Kgi!.Expected!.Value, 9);
    }

    [Theory]
    [InlineData("田中", 8.0, 12.0, 28.0)]
    [InlineData("佐藤", 1.0, 5.0, 35.0)]
    public void OneMembersForecast_HasThatRepsPosterior(string member, double won, double alpha, double beta)
    {
        var plan = Plans.Read(TwoRepsPlan.Yaml);
        var rep = plan.Dimensions.Single(d => d.Name == "rep");

        var f = Forecaster.ForMember(plan, Plans.Actuals(plan, TwoRepsPlan.ActualsAfterQ1), rep, rep.IndexOf(member), s_options);

        var rate = f.Beliefs.Single(b => b.Metric == "win_rate");
        Assert.Equal((won, 20.0), (rate.Successes, rate.Count));
        Assert.Equal(0.2, rate.Prior.Mean, 9);
        Assert.Equal(alpha / (alpha + beta), rate.Posterior.Mean, 9);
        // The rep's own landing: its Q1 orders, then the 50 − 20 = 30 deals its plan still needs at its posterior mean
        // (田中 8 + 30 × 30% = 17, 佐藤 1 + 30 × 12.5% = 4.75).
        Assert.Equal(won + (30 * alpha / (alpha + beta)), f.Metric("rep_orders")!.Expected!.Value, 9);
    }
}
