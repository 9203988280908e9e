using Ippon.Calculation;
using Ippon.Files.Actuals;
using Ippon.Files.Plans;
using Ippon.Periods;
using Ippon.Review;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Export.Tests;

/// <summary>The seed plan (examples/sales-100m.yaml, copied next to the tests) and plans written in tests, calculated.</summary>
public static class Seed
{
    public static string PlanFile => Path.Combine(AppContext.BaseDirectory, "examples", "sales-100m.yaml");

    /// <summary>The date every test document carries, so that outputs are reproducible.</summary>
    public static DateOnly Date { get; } = new(2026, 11, 24);

    public static Plan Plan() => Read(File.ReadAllText(PlanFile));

    public static Plan Read(string yaml)
    {
        var read = PlanReader.Parse(yaml);
        Assert.True(read.Success, string.Join("\n", read.Errors));
        return read.Plan!;
    }

    public static PlanResult Result(CalculationOptions? options = null) => PlanCalculator.Calculate(Plan(), options);

    public static ExportContext Context(Language language = Language.Ja, PlanResult? result = null) =>
        new(result ?? Result(), language, Date) { Source = "sales-100m.yaml" };

    /// <summary>The contract's review example: Q1–Q2 actuals of 400 leads, 40 deals, 6 orders, 1,200万円 new revenue.</summary>
    public static ReviewResult ReviewAtQ2()
    {
        var plan = Plan();
        var actuals = ActualsReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "examples", "sales-100m-actuals.csv"), plan);
        Assert.True(actuals.Success, string.Join("\n", actuals.Errors));
        var calendar = PeriodCalendar.For(plan)!;
        return PlanReview.Run(plan, calendar, actuals.Actuals, new ReviewOptions { AsOf = calendar.Resolve("Q2").Value!.Last.Index });
    }

    /// <summary>The seed with <c>--set win_rate=15%</c>.</summary>
    public static PlanResult WinRate15() => Result(new CalculationOptions { Overrides = [new ScenarioOverride("win_rate", 0.15m, null)] });
}
