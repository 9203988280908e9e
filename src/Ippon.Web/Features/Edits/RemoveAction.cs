using Ippon.Plans;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Edits;

/// <summary>Removes an action plan; nothing in a plan file names an action, so nothing can be left dangling.</summary>
public static class RemoveAction
{
    public static Outcome<Plan> Apply(Plan plan, string actionId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.FindAction(actionId) is null) return Failure.NotFound($"action {actionId}");
        return PlanText.Check(plan with { Actions = [.. plan.Actions.Where(a => a.Id != actionId)] });
    }
}
