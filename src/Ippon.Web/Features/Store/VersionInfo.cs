using Ippon.Storage;

namespace Ippon.Web.Features.Store;

/// <summary>One version in the history: its number, who saved it, when, and what changed.</summary>
public sealed record VersionInfo(int Number, string Title, string Author, DateTime SavedAt, string Summary)
{
    public static VersionInfo Of(PlanVersion v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(v.Number, v.Title, v.Author, v.SavedAt, v.Summary);
    }
}
