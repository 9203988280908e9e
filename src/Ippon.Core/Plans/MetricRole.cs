namespace Ippon.Plans;

/// <summary>A metric's layer in the method: the goal, a success factor, or a process measure.</summary>
public enum MetricRole
{
    /// <summary>Key Goal Indicator: the one numeric, dated goal of the plan.</summary>
    Kgi,

    /// <summary>Key Success Factor: a condition without which the KGI cannot be reached.</summary>
    Ksf,

    /// <summary>Key Performance Indicator: a process measure the team checks day to day.</summary>
    Kpi,
}
