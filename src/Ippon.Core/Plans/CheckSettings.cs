namespace Ippon.Plans;

/// <summary>Thresholds for the checks.</summary>
public sealed record CheckSettings
{
    /// <summary>The most KPIs one owner should track (the method says three).</summary>
    public int MaxKpisPerOwner { get; init; } = 3;

    public static CheckSettings Default { get; } = new();
}
