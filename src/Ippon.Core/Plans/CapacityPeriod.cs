namespace Ippon.Plans;

/// <summary>The time unit of a capacity's pace.</summary>
public enum CapacityPeriod
{
    Day,
    Week,
    Month,
}
