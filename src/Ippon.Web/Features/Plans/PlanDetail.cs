using Ippon.Web.Features.Store;
namespace Ippon.Web.Features.Plans;

/// <summary>A plan with the text of one version: what <c>GET /api/plans/{id}</c> returns.</summary>
public sealed record PlanDetail(PlanSummary Plan, int Version, string Author, DateTime SavedAt, string Summary, string Yaml);
