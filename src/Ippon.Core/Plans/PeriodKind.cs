namespace Ippon.Plans;

/// <summary>The length of one period of a plan's horizon.</summary>
public enum PeriodKind
{
    Month,
    Quarter,
    Half,
    Year,
}
