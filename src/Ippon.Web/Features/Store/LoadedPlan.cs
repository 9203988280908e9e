using Ippon.Plans;
using Ippon.Storage;

namespace Ippon.Web.Features.Store;

/// <summary>A stored plan with one of its versions, read into a <see cref="Plan"/>.</summary>
public sealed record LoadedPlan(StoredPlan Stored, PlanVersion Version, Plan Plan);
