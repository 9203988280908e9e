using Ippon.Numbers;
using Ippon.Periods;
using Ippon.Plans;

namespace Ippon.Tests.Periods;

public class FiscalYearTests
{
    static PeriodCalendar Calendar(string start, string end, PeriodKind kind) =>
        PeriodCalendar.Of(new Horizon(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), kind));

    [Theory]
    [InlineData("2026-03-31", 2025)]
    [InlineData("2026-04-01", 2026)]
    [InlineData("2026-12-31", 2026)]
    [InlineData("2027-01-15", 2026)]
    public void FiscalYear_StartsInApril(string day, int expected)
    {
        Assert.Equal(expected, FiscalYear.Of(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Quarters_OfAnAprilYear_AreNamedWithTheirMonths()
    {
        var calendar = Calendar("2026-04-01", "2027-03-31", PeriodKind.Quarter);

        Assert.Equal(["2026年度 1Q (4–6月)", "2026年度 2Q (7–9月)", "2026年度 3Q (10–12月)", "2026年度 4Q (1–3月)"],
            calendar.Periods.Select(p => FiscalYear.Label(p, Language.Ja)));
        Assert.Equal(["FY2026 Q1 (Apr–Jun)", "FY2026 Q2 (Jul–Sep)", "FY2026 Q3 (Oct–Dec)", "FY2026 Q4 (Jan–Mar)"],
            calendar.Periods.Select(p => FiscalYear.Label(p, Language.En)));
        Assert.Equal("1Q (4–6月)", FiscalYear.WithoutYear(calendar.Periods[0], Language.Ja));
        Assert.Equal("Q4 (Jan–Mar)", FiscalYear.WithoutYear(calendar.Periods[3], Language.En));
    }

    [Fact]
    public void Halves_Months_AndTheYear_AreNamedAsPlannersSayThem()
    {
        Assert.Equal(["2026年度 上期 (4–9月)", "2026年度 下期 (10–3月)"],
            Calendar("2026-04-01", "2027-03-31", PeriodKind.Half).Periods.Select(p => FiscalYear.Label(p, Language.Ja)));
        var months = Calendar("2026-04-01", "2027-03-31", PeriodKind.Month).Periods;
        Assert.Equal("2026年度 4月", FiscalYear.Label(months[0], Language.Ja));
        Assert.Equal("FY2026 Mar", FiscalYear.Label(months[11], Language.En));
        Assert.Equal("2026年度 (4–3月)", FiscalYear.Label(Calendar("2026-04-01", "2027-03-31", PeriodKind.Year).Periods[0], Language.Ja));
    }

    [Fact]
    public void Quarters_OfACalendarYearPlan_AreTheFiscalQuartersTheyFallIn()
    {
        // A plan from January: its Q1 (the label users type) is January–March, the fourth quarter of fiscal 2025.
        var calendar = Calendar("2026-01-01", "2026-12-31", PeriodKind.Quarter);

        Assert.Equal("2025年度 4Q (1–3月)", FiscalYear.Label(calendar.Periods[0], Language.Ja));
        Assert.Equal("2026年度 1Q (4–6月)", FiscalYear.Label(calendar.Periods[1], Language.Ja));
    }

    [Fact]
    public void Quarters_NotCutOnFiscalQuarters_KeepThePlansOwnLabel()
    {
        var calendar = Calendar("2026-05-01", "2027-04-30", PeriodKind.Quarter);

        Assert.Equal("Q1 (5–7月)", FiscalYear.Label(calendar.Periods[0], Language.Ja));
        Assert.Equal("Q1 (May–Jul)", FiscalYear.Label(calendar.Periods[0], Language.En));
    }

    [Fact]
    public void UpTo_NamesThePeriodsLastMonth_NotThePlansOwnLabel()
    {
        // A review's "actuals to date" as managers say it: 6月までの実績, not "M03 までの実績" or "Q1 までの実績".
        var months = Calendar("2026-04-01", "2027-03-31", PeriodKind.Month).Periods;
        var quarters = Calendar("2026-04-01", "2027-03-31", PeriodKind.Quarter).Periods;

        Assert.Equal("6月まで", FiscalYear.UpTo(months[2], Language.Ja));
        Assert.Equal("through June", FiscalYear.UpTo(months[2], Language.En));
        Assert.Equal("9月まで", FiscalYear.UpTo(quarters[1], Language.Ja));
        Assert.Equal("3月まで", FiscalYear.UpTo(quarters[3], Language.Ja));
    }
}
