using Ippon.Plans;
using Ippon.Web.Features.Accounts;

namespace Ippon.Web.Features.Actuals;

/// <summary>A save of actuals as its observers see it (<see cref="ISavedActualsObserver"/>): the plan, the rows before, the cells it changed, who and when.</summary>
public sealed record SavingActuals(Guid PlanId, Plan Plan, IReadOnlyList<ActualRow> Before, IReadOnlyList<ActualChange> Changes, Caller Caller, DateTime At);
