using Ippon.Plans;
using Ippon.Web.Features.Shared;

namespace Ippon.Web.Features.Edits;

/// <summary>Adds an action plan to a metric (架電 drives 商談数), under a generated id, with the fields <see cref="EditAction"/> reads.</summary>
public static class AddAction
{
    /// <summary>The new action's id prefix: action_1, action_2…</summary>
    public const string Prefix = "action";

    /// <summary>The plan with the new action (its id: <see cref="AddMetric.NextId"/> of <see cref="Prefix"/>), or why not.</summary>
    public static Outcome<Plan> Apply(Plan plan, string drives, EditAction.Changes fields)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(fields);
        if (plan.Find(drives) is null) return Failure.NotFound($"metric {drives}");
        var id = AddMetric.NextId(plan, Prefix);
        var added = plan with { Actions = plan.Actions.Add(new ActionPlan { Id = id, Drives = drives }) };
        if (string.IsNullOrWhiteSpace(fields.Name))
            return Failure.Invalid($"actions.{id}.name", "アクションの名前を入れてください (例: 架電)", "give the action a name (e.g. calls)");
        return EditAction.Apply(added, id, fields);
    }
}
