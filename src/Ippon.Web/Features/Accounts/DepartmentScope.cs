using Ippon.Files.Changes;
using Ippon.Files.Plans;
using Ippon.Plans;
using Ippon.Web.Features.Shared;

namespace Ippon.Web.Features.Accounts;

/// <summary>
/// What a department editor may change: the metrics and actions whose <c>owner</c> is their department (before and
/// after the change), nothing else of the plan. Every save of plan content goes through <see cref="Check"/>.
/// </summary>
public static class DepartmentScope
{
    /// <summary>Null when <paramref name="caller"/> may turn <paramref name="before"/> into <paramref name="after"/>, else the 403 naming what is not theirs.</summary>
    /// <param name="changes">The save's diff of <paramref name="before"/> and <paramref name="after"/> (<see cref="PlanDiff.Inputs"/>): what a refusal names.</param>
    public static Failure? Check(Caller caller, Plan before, Plan after, IReadOnlyList<Change> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (caller.CanManagePlans) return null;
        if (!caller.CanEdit) return Forbidden.Edit;
        var mine = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in before.Metrics.Select(m => m.Id).Union(after.Metrics.Select(m => m.Id)))
        {
            if (caller.Owns(before.Find(id)?.Owner ?? after.Find(id)!.Owner) && caller.Owns(after.Find(id)?.Owner ?? before.Find(id)!.Owner)) mine.Add(id);
        }
        foreach (var id in before.Actions.Select(a => a.Id).Union(after.Actions.Select(a => a.Id)))
        {
            if (caller.Owns(before.FindAction(id)?.Owner ?? after.FindAction(id)!.Owner) && caller.Owns(after.FindAction(id)?.Owner ?? before.FindAction(id)!.Owner)) mine.Add("action:" + id);
        }
        // Undo the caller's own changes: what is left must be the plan as it was.
        var reverted = after with
        {
            Metrics = [.. Merge(before.Metrics, after.Metrics, m => m.Id, id => mine.Contains(id))],
            Actions = [.. Merge(before.Actions, after.Actions, a => a.Id, id => mine.Contains("action:" + id))],
        };
        if (PlanWriter.Write(reverted) == PlanWriter.Write(before)) return null;
        var others = changes
            .Where(c => !mine.Contains(c.Subject) && !mine.Contains("action:" + c.Subject))
            .Select(c => new FieldError(c.Subject == "plan" ? "plan" : c.Subject + "." + c.Field,
                new Ippon.Numbers.Message($"{c.Label} ({c.Subject}) は {caller.Department} の担当ではありません", $"{c.Label} ({c.Subject}) is not owned by {caller.Department}")))
            .ToArray();
        if (others.Length == 0)
        {
            others = [new FieldError("plan", new Ippon.Numbers.Message("計画全体の設定 (期間、シナリオ、次元など) は計画担当者だけが変えられます",
                "the plan's own settings (horizon, scenarios, dimensions…) may be changed by planners only"))];
        }
        return Failure.Forbidden($"部門編集者 ({caller.Department}) は自部門が担当する指標・アクション・実績だけを変更できます。何も保存していません",
            $"a department editor ({caller.Department}) may change only the metrics, actions and actuals their department owns; nothing was saved", others);
    }

    // The caller's items as they were before (left out if new), everyone else's as they are after, in the before order.
    static IEnumerable<T> Merge<T>(IEnumerable<T> before, IEnumerable<T> after, Func<T, string> id, Func<string, bool> mine)
    {
        var afterById = after.ToDictionary(id);
        var beforeIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var b in before)
        {
            beforeIds.Add(id(b));
            if (mine(id(b))) yield return b;
            else if (afterById.TryGetValue(id(b), out var a)) yield return a;
        }
        foreach (var a in after)
        {
            if (!beforeIds.Contains(id(a)) && !mine(id(a))) yield return a;
        }
    }
}
