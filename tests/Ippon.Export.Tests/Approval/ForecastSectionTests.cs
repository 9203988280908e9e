using Ippon.Files.Actuals;
using Ippon.Forecast;
using Ippon.Periods;
using Ippon.Review;

namespace Ippon.Export.Tests.Approval;

/// <summary>The approval document's 達成確率 tells the same chance as <c>ippon forecast</c> for the same plan and actuals.</summary>
public class ForecastSectionTests
{
    [Fact]
    public void ARateByRep_LearnsEachRepsOwnActuals_AsTheForecastCommandDoes()
    {
        var plan = Seed.Read(TwoRepsPlan.Yaml);
        var read = ActualsReader.Parse(TwoRepsPlan.ActualsAfterQ1, plan);
        Assert.True(read.Actuals is not null, string.Join("\n", read.Errors));
        var calendar = PeriodCalendar.For(plan)!;
        var review = PlanReview.Run(plan, calendar, read.Actuals!, new ReviewOptions { AsOf = calendar.Resolve("Q1").Value!.Last.Index });
        var context = new ExportContext(review.Baseline, Numbers.Language.Ja, Seed.Date) { Review = review, Actuals = read.Actuals };

        var command = Forecaster.Run(plan, read.Actuals!, new ForecastOptions { Trials = 10_000, Seed = 1 });

        // Each rep's posterior (田中 Beta(12, 28) = 30%, 佐藤 Beta(5, 35) = 12.5%): 9 + 37.5 × 30% + 37.5 × 12.5%
        // = 24.9375 orders expected, where one plan-wide 20% would give 9 + 75 × 20% = 24.
        Assert.Equal(24.9375, context.Forecast!.Kgi!.Expected!.Value, 9);
        Assert.Equal(command.Kgi!.Probability, context.Forecast.Kgi.Probability);
    }
}
