using Ippon.Web.Features.Accounts;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;
using Microsoft.AspNetCore.Mvc;

namespace Ippon.Web.Features.Edits;

/// <summary>Changes an action plan: who, by when, how much, and the team's capacity.</summary>
public static class EditAction
{
    /// <summary>The fields to change; null leaves a field as it is, an empty text clears it.</summary>
    public sealed record Changes
    {
        public string? Name { get; init; }
        public string? Owner { get; init; }
        public string? Drives { get; init; }
        public string? PerUnit { get; init; }
        public string? Volume { get; init; }
        public string? Share { get; init; }
        public string? Due { get; init; }
        public string? CapacityPeople { get; init; }
        public string? CapacityPerPerson { get; init; }
        public string? CapacityPeriods { get; init; }

        /// <summary>The time unit of the pace and the periods: day (working days), week or month.</summary>
        public string? CapacityPer { get; init; }
        public string? CapacityTotal { get; init; }
    }

    public static void Map(RouteGroupBuilder plans) =>
        plans.MapPatch("/{id:guid}/actions/{action}", async (Guid id, string action, Changes body, [FromQuery(Name = "base_version")] int? baseVersion, PlanStore store, HttpContext http, CancellationToken ct) =>
                SavePlan.Respond(await ApplyEdit.Run(store, id, p => Apply(p, action, body), Caller.Of(http), baseVersion, ct), http))
            .RequireAuthorization(Access.Edit).WithName("EditAction").WithSummary("Change an action plan's owner, due date, volume, rate or capacity (a new version)")
            .Produces<Saved>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    public static Outcome<Plan> Apply(Plan plan, string actionId, Changes changes)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(changes);
        var action = plan.FindAction(actionId);
        if (action is null) return Failure.NotFound($"action {actionId}");
        var errors = new List<FieldError>();
        string F(string field) => $"actions.{actionId}.{field}";
        var a = action;
        if (changes.Name is { } name) a = a with { Name = EditMetric.Name(name, F("name"), errors) };
        if (changes.Owner is { } owner) a = a with { Owner = EditMetric.Text(owner, F("owner"), errors) };
        if (changes.Drives is { } drives)
        {
            var id = drives.Trim();
            if (plan.Find(id) is null)
            {
                var suggestion = PlanModel(plan, id);
                errors.Add(new FieldError(F("drives"), new Message(
                    $"'{id}' という指標はありません{(suggestion is null ? "" : $"。'{suggestion}' のことですか?")}",
                    $"no metric '{id}'{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}")));
            }
            else
            {
                a = a with { Drives = id };
            }
        }
        if (changes.PerUnit is { } perUnit && Positive(perUnit, F("per_unit"), errors, out var pu)) a = a with { PerUnit = pu };
        if (changes.Volume is { } volume && Positive(volume, F("volume"), errors, out var v)) a = a with { Volume = v };
        if (changes.Share is { } share && Positive(share, F("share"), errors, out var s))
        {
            if (s > 1) errors.Add(new FieldError(F("share"), new Message("割合は 0%〜100% で書いてください (例: 60%)", "a share is between 0% and 100% (e.g. 60%)")));
            else a = a with { Share = s };
        }
        if (changes.Due is { } due && EditMetric.Date(due, F("due"), errors, out var d)) a = a with { Due = d };
        a = a with { Capacity = ApplyCapacity(a.Capacity, changes, F, errors) };
        if (a.PerUnit is null && a.Volume is null)
        {
            errors.Add(new FieldError(F("per_unit"), new Message(
                "1回あたりの成果 (per_unit、例: 1%) か実施量 (volume) のどちらかが必要です",
                "an action needs per_unit (what one unit produces, e.g. 1%) or a volume")));
        }
        if (errors.Count > 0) return Failure.Invalid([.. errors]);
        return PlanText.Check(plan with { Actions = [.. plan.Actions.Select(x => x.Id == a.Id ? a : x)] });
    }

    static Capacity? ApplyCapacity(Capacity? capacity, Changes changes, Func<string, string> f, List<FieldError> errors)
    {
        if (changes.CapacityTotal is { } total && Positive(total, f("capacity"), errors, out var t))
            return t is null ? null : Capacity.Of(t.Value);
        if (changes.CapacityPeople is null && changes.CapacityPerPerson is null && changes.CapacityPeriods is null && changes.CapacityPer is null) return capacity;
        var people = capacity?.People;
        var pace = capacity?.PerPerson;
        var periods = capacity?.Periods;
        var per = capacity?.Per ?? CapacityPeriod.Day;
        if (changes.CapacityPeople is { } p && Positive(p, f("capacity.people"), errors, out var pv)) people = pv;
        if (changes.CapacityPerPerson is { } pp && Positive(pp, f("capacity.per_person"), errors, out var ppv)) pace = ppv;
        if (changes.CapacityPeriods is { } n && Positive(n, f("capacity.periods"), errors, out var nv)) periods = nv;
        if (changes.CapacityPer is { } unit)
        {
            switch (unit.Trim().ToLowerInvariant())
            {
                case "day": per = CapacityPeriod.Day; break;
                case "week": per = CapacityPeriod.Week; break;
                case "month": per = CapacityPeriod.Month; break;
                default:
                    errors.Add(new FieldError(f("capacity.per"), new Message($"day, week, month のいずれかです ('{unit}')", $"expected day, week or month, not '{unit}'")));
                    break;
            }
        }
        if (people is null && pace is null && periods is null) return null;
        return new Capacity { People = people, PerPerson = pace, Periods = periods, Per = per };
    }

    static bool Positive(string text, string field, List<FieldError> errors, out decimal? value)
    {
        if (!EditMetric.Number(text, field, errors, out value)) return false;
        if (value is < 0)
        {
            errors.Add(new FieldError(field, new Message($"マイナスにはできません ({Formatter.Plain(value.Value)})", $"cannot be negative ({Formatter.Plain(value.Value)})")));
            value = null;
            return false;
        }
        return true;
    }

    static string? PlanModel(Plan plan, string id) => Ippon.Calculation.PlanModel.Suggest(id, plan.Metrics.Select(m => m.Id));
}
