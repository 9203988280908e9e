using System.Collections.Immutable;
using Ippon.Checks;

namespace Ippon.Export.Diagram;

/// <summary>One box of the tree diagram and the boxes below it.</summary>
/// <param name="Id">The metric's or action's id.</param>
/// <param name="Title">The name people read: 新規受注数.</param>
/// <param name="Tag">The layer shown in the box's corner: KGI, KSF, KPI, 施策.</param>
/// <param name="Lines">The numbers: 目標 20件, 計画 20件.</param>
/// <param name="Note">A grey last line: the assumptions the metric is multiplied with, or the owner.</param>
public sealed record DiagramNode(string Id, BoxKind Kind, string Title, string Tag, ImmutableArray<string> Lines, string? Note, State State)
{
    public ImmutableArray<DiagramNode> Children { get; init; } = [];

    /// <summary>True when the node has no children.</summary>
    public bool IsLeaf => Children.IsEmpty;

    /// <summary>How many boxes the subtree holds, this one included.</summary>
    public int Count => 1 + Children.Sum(c => c.Count);
}
