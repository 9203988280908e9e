using Ippon.Files.Changes;
using Ippon.Plans;
using Ippon.Web.Features.Accounts;

namespace Ippon.Web.Features.Store;

/// <summary>A save as its observers see it (<see cref="ISavedPlanObserver"/>): the plan before and after, the save's one diff, the new version's number, who and when.</summary>
public sealed record SavingPlan(Guid PlanId, Plan Before, Plan After, IReadOnlyList<Change> Changes, int Version, Caller Caller, DateTime At);
