using Ippon.Files.Actuals;
using Ippon.Files.Plans;
using Ippon.Plans;
using Ippon.Review;

namespace Ippon.Forecast.Tests;

/// <summary>The plans and actuals the tests forecast: the seed plan file, and small plans written for one law each.</summary>
static class Plans
{
    public static string Examples => Path.Combine(AppContext.BaseDirectory, "examples");

    public static string SeedText => File.ReadAllText(Path.Combine(Examples, "sales-100m.yaml"));

    public static Plan Read(string yaml)
    {
        var read = PlanReader.Parse(yaml);
        Assert.True(read.Success, string.Join("\n", read.Errors));
        return read.Plan!;
    }

    public static Plan Seed => Read(SeedText);

    public static Actuals Actuals(Plan plan, string csv)
    {
        var read = ActualsReader.Parse(csv, plan);
        Assert.True(read.Actuals is not null, string.Join("\n", read.Errors));
        return read.Actuals!;
    }

    /// <summary>The seed plan after Q1: 200 leads, 20 deals, 3 orders, 600万円 of new revenue.</summary>
    public static Actuals AfterQ1(Plan plan) => Actuals(plan, File.ReadAllText(Path.Combine(Examples, "sales-100m-q1-actuals.csv")));
}
