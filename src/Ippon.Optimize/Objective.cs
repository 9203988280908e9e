namespace Ippon.Optimize;

/// <summary>What the optimizer minimises or maximises.</summary>
public enum Objective
{
    /// <summary>The least Σ volume × cost_per_unit that covers every driven KPI.</summary>
    Cost,

    /// <summary>The least Σ volume × hours_per_unit that covers every driven KPI.</summary>
    Hours,

    /// <summary>The highest KGI the actions can bring within the teams' hours, the bounds and the budget.</summary>
    Kgi,
}
