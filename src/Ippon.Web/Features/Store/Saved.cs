namespace Ippon.Web.Features.Store;

/// <summary>A save that happened: the plan after it and the version it created (or the unchanged latest one, when nothing differed).</summary>
public sealed record Saved(PlanSummary Plan, int Version, string Summary, bool Created);
