namespace Ippon.Plans;

/// <summary>The span a plan covers and how it is cut into periods (a Japanese fiscal year: 2026-04-01 to 2027-03-31 by quarter).</summary>
public sealed record Horizon(DateOnly Start, DateOnly End, PeriodKind Period)
{
    /// <summary>How many months one period lasts.</summary>
    public int MonthsPerPeriod => Period switch
    {
        PeriodKind.Month => 1,
        PeriodKind.Quarter => 3,
        PeriodKind.Half => 6,
        _ => 12,
    };

    /// <summary>How many periods the horizon holds (a partial last period counts).</summary>
    public int PeriodCount
    {
        get
        {
            var months = ((End.Year - Start.Year) * 12) + End.Month - Start.Month + 1;
            return Math.Max(1, (months + MonthsPerPeriod - 1) / MonthsPerPeriod);
        }
    }
}
