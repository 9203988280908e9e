using Ippon.Web.Features.Store;
namespace Ippon.Web.Features.Plans;

/// <summary>A plan as the list page shows it: the summary, the KGI with its target and deadline, the findings count, and who saved last.</summary>
public sealed record PlanOverview(PlanSummary Plan, string? Kgi, decimal? KgiTarget, Ippon.Plans.Unit KgiUnit, DateOnly? Deadline, int Errors, int Warnings, string Author);
