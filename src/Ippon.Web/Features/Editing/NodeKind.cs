namespace Ippon.Web.Features.Editing;

/// <summary>What a box of the tree diagram stands for.</summary>
public enum NodeKind
{
    Kgi,
    Ksf,
    Kpi,

    /// <summary>A metric with a value and no role: an assumption such as a win rate or a unit price.</summary>
    Assumption,

    /// <summary>A computed metric without a role.</summary>
    Intermediate,

    Action,
}
