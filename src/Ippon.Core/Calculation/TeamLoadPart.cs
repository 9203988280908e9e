namespace Ippon.Calculation;

/// <summary>One action's part of its team's load: 架電 10,000 × 0.1 h = 1,000 h.</summary>
public sealed record TeamLoadPart(ActionResult Action, decimal? Hours);
