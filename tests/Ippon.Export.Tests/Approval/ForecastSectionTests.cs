using Ippon.Files.Actuals;
using Ippon.Forecast;
using Ippon.Periods;
using Ippon.Review;

namespace Ippon.Export.Tests.Approval;

/// <summary>The approval document's 達成確率 tells the same chance as <c>ippon forecast</c> for the same plan and actuals.</summary>
public class ForecastSectionTests
{
    // Two reps at a planned 20% win rate; after Q1 田中 won 8 of 20 deals, 佐藤 1 of 20.
    const string Team = """
        plan: 2人の営業計画
        horizon: { start: 2026-04-01, end: 2027-03-31, period: quarter }
        dimensions:
          rep: [田中, 佐藤]
        metrics:
          orders:     { role: kgi, formula: sum(rep_orders), target: 20, unit: count, deadline: 2027-03-31, owner: 営業部 }
          rep_orders: { role: kpi, by: rep, formula: rep_deals * win_rate, unit: count, owner: 営業部 }
          rep_deals:  { role: kpi, by: rep, unit: count, owner: 営業部 }
          win_rate:   { by: rep, value: 20%, unit: ratio }
        """;

    const string Q1 = """
        period,metric,member,value
        Q1,rep_deals,田中,20
        Q1,rep_orders,田中,8
        Q1,rep_deals,佐藤,20
        Q1,rep_orders,佐藤,1
        """;

    [Fact]
    public void ARateByRep_LearnsEachRepsOwnActuals_AsTheForecastCommandDoes()
    {
        var plan = Seed.Read(Team);
        var read = ActualsReader.Parse(Q1, plan);
        Assert.True(read.Actuals is not null, string.Join("\n", read.Errors));
        var calendar = PeriodCalendar.For(plan)!;
        var review = PlanReview.Run(plan, calendar, read.Actuals!, new ReviewOptions { AsOf = calendar.Resolve("Q1").Last!.Index });
        var context = new ExportContext(review.Baseline, Numbers.Language.Ja, Seed.Date) { Review = review, Actuals = read.Actuals };

        var command = Forecaster.Run(plan, read.Actuals!, new ForecastOptions { Trials = 10_000, Seed = 1 });

        // Each rep's posterior (田中 Beta(12, 28) = 30%, 佐藤 Beta(5, 35) = 12.5%): 9 + 37.5 × 30% + 37.5 × 12.5%
        // = 24.9375 orders expected, where one plan-wide 20% would give 9 + 75 × 20% = 24.
        Assert.Equal(24.9375, context.Forecast!.Kgi!.Expected!.Value, 9);
        Assert.Equal(command.Kgi!.Probability, context.Forecast.Kgi.Probability);
    }
}
