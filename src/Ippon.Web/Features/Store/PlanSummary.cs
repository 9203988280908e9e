using System.Text.Json.Serialization;
using Ippon.Storage;

namespace Ippon.Web.Features.Store;

/// <summary>A plan as the list shows it (and the API returns it).</summary>
/// <param name="Revision">The concurrency token; the API's ETag.</param>
public sealed record PlanSummary(Guid Id, string Title, int Version, bool Archived, bool Deleted, DateTime UpdatedAt, long Revision)
{
    public static PlanSummary Of(StoredPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new(plan.Id, plan.Title, plan.LatestVersion, plan.Archived, plan.DeletedAt is not null, plan.UpdatedAt, plan.Revision);
    }

    /// <summary>The ETag of the plan's current state.</summary>
    [JsonPropertyName("etag")]
    public string ETag => $"\"{Revision}\"";
}
