namespace Ippon.Web.Features.Editing;

/// <summary>A line of the tree diagram from a metric to an input of its formula, or to an action that drives it.</summary>
public sealed record TreeEdge(string From, string To, bool ToAction);
