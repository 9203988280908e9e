namespace Ippon.Web.Features.Editing;

/// <summary>A box of the tree diagram: a metric or an action, placed at a column (the layer) and a y position.</summary>
public sealed record TreeNode(string Id, NodeKind Kind, int Column, double Y, double Height, bool Connected)
{
    public bool IsAction => Kind == NodeKind.Action;
}
