namespace Ippon.Web.Features.Editing;

/// <summary>
/// A box of the tree diagram: a metric or an action, placed at a column (the layer) and a y position, as wide as its
/// column. <see cref="Parent"/> is the box it was placed under (the keyboard's ← and the phone outline's nesting).
/// </summary>
public sealed record TreeNode(string Id, NodeKind Kind, int Column, double Y, double Height, bool Connected)
{
    public bool IsAction => Kind == NodeKind.Action;

    public string? Parent { get; init; }

    public double Width { get; init; } = TreeLayout.NodeWidth;
}
