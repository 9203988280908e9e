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

/// <summary>The objectives' names as people read them, for the terminal, the page, the approval document and version summaries.</summary>
public static class ObjectiveNames
{
    public static Ippon.Numbers.Message Of(Objective objective) => objective switch
    {
        Objective.Hours => new("工数最小", "least hours"),
        Objective.Kgi => new("KGI最大", "highest KGI"),
        _ => new("費用最小", "least cost"),
    };
}
