using Ippon.Web.Features.Accounts;
using Ippon.Calculation;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;
using Microsoft.AspNetCore.Mvc;

namespace Ippon.Web.Features.Edits;

/// <summary>Changes a metric's fields as people type them (<c>15%</c>, <c>4,000万円</c>, <c>deals * win_rate</c>): in the page's draft, or through the API as a new version.</summary>
public static class EditMetric
{
    /// <summary>The fields to change; null leaves a field as it is, an empty text clears it.</summary>
    public sealed record Changes
    {
        public string? Name { get; init; }
        public string? Role { get; init; }
        public string? Formula { get; init; }
        public string? Value { get; init; }
        public string? Target { get; init; }
        public string? Unit { get; init; }
        public string? Owner { get; init; }
        public string? Deadline { get; init; }
    }

    /// <summary>The longest owner kept (names: <see cref="MetricNames.MaxLength"/>).</summary>
    public const int MaxText = 200;

    public static void Map(RouteGroupBuilder plans) =>
        plans.MapPatch("/{id:guid}/metrics/{metric}", async (Guid id, string metric, Changes body, [FromQuery(Name = "base_version")] int? baseVersion, PlanStore store, HttpContext http, CancellationToken ct) =>
                SavePlan.Respond(await ApplyEdit.Run(store, id, p => Apply(p, metric, body), Caller.Of(http), baseVersion, ct), http))
            .RequireAuthorization(Access.Edit).WithName("EditMetric").WithSummary("Change a metric's name, role, formula, value, target, unit, owner or deadline (a new version)")
            .Produces<Saved>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    /// <summary>The plan with <paramref name="metricId"/> changed, or why the change cannot be made (the field, and the column in a formula).</summary>
    public static Outcome<Plan> Apply(Plan plan, string metricId, Changes changes)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(changes);
        var metric = plan.Find(metricId);
        if (metric is null) return Failure.NotFound($"metric {metricId}");
        var errors = new List<FieldError>();
        string F(string field) => $"metrics.{metricId}.{field}";
        var m = metric;
        if (changes.Name is { } name)
        {
            if (Name(name, F("name"), errors) is var n) m = m with { Name = n };
        }
        if (changes.Role is { } role)
        {
            switch (role.Trim().ToLowerInvariant())
            {
                case "": m = m with { Role = null }; break;
                case "kgi": m = m with { Role = MetricRole.Kgi }; break;
                case "ksf": m = m with { Role = MetricRole.Ksf }; break;
                case "kpi": m = m with { Role = MetricRole.Kpi }; break;
                default:
                    errors.Add(new FieldError(F("role"), new Message($"役割は kgi, ksf, kpi のいずれか (または空) です ('{role}')", $"role is kgi, ksf, kpi or empty, not '{role}'")));
                    break;
            }
        }
        if (changes.Formula is { } formulaText)
        {
            var parsed = ParseFormula(formulaText, plan, F("formula"), errors);
            if (parsed.Ok) m = m with { Formula = parsed.Value };
        }
        if (changes.Value is { } value && Number(value, F("value"), errors, out var v)) m = m with { Value = v };
        if (changes.Target is { } target && Number(target, F("target"), errors, out var t)) m = m with { Target = t };
        if (changes.Unit is { } unit) m = m with { Unit = Ippon.Plans.Unit.Parse(unit) };
        if (changes.Owner is { } owner) m = m with { Owner = Text(owner, F("owner"), errors) };
        if (changes.Deadline is { } deadline && Date(deadline, F("deadline"), errors, out var d)) m = m with { Deadline = d };
        if (errors.Count == 0 && m.Formula is not null && m.Value is not null)
        {
            errors.Add(new FieldError(changes.Formula is not null ? F("formula") : F("value"), new Message(
                $"{m.Label} には式と値の両方は書けません。計算する指標なら値を、入力値なら式を空にしてください",
                $"{m.Label} cannot have both a formula and a value; clear the value for a computed metric, or the formula for an input")));
        }
        if (errors.Count > 0) return Failure.Invalid([.. errors]);
        var next = Replace(plan, m);
        // A formula that named the metric by its old name names it by the new one, so the plan reads the same.
        if (m.Name != metric.Name) next = MetricNames.Rename(next, metricId, m.Name);
        return PlanText.Check(next);
    }

    /// <summary>Parses a formula, resolves the names it uses (商談数 × 受注率) and checks that every metric it names exists; errors carry the 1-based column.</summary>
    /// <returns>The formula (null for an empty text), or a failure already added to <paramref name="errors"/>.</returns>
    public static Outcome<Formula?> ParseFormula(string text, Plan plan, string field, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(errors);
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return Outcome<Formula?>.Success(null);
        var parsed = Formula.Parse(trimmed);
        if (!parsed.Success)
        {
            var syntax = parsed.Errors[0];
            var error = new FieldError(field, syntax.Message, Column: syntax.Column);
            errors.Add(error);
            return Failure.Invalid(error);
        }
        var before = errors.Count;
        var words = MetricNames.Words(plan.Metrics);
        var formula = MetricNames.Resolve(parsed.Value, words);
        foreach (var r in formula.Expr.References().Where(r => plan.Find(r.Id) is null))
        {
            var suggestion = PlanModel.Suggest(r.Id, words.Keys);
            errors.Add(new FieldError(field, new Message(
                $"'{r.Id}' という指標はありません{(suggestion is null ? "" : $"。'{suggestion}' のことですか?")}",
                $"no metric '{r.Id}'{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}"), Column: r.Start + 1));
        }
        return errors.Count > before ? Failure.Invalid([.. errors.Skip(before)]) : Outcome<Formula?>.Success(formula);
    }

    /// <summary>Reads a number as people write it; an empty text clears the field (null).</summary>
    public static bool Number(string text, string field, List<FieldError> errors, out decimal? value)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        value = null;
        if (text.Trim().Length == 0) return true;
        if (NumberText.TryParse(text, out var n))
        {
            value = n;
            return true;
        }
        errors.Add(new FieldError(field, NumberText.Refusal(text)));
        return false;
    }

    /// <summary>Reads a date as the plan file does (<see cref="DateText"/>: 2027-03-31 or 2027/03/31); an empty text clears it.</summary>
    public static bool Date(string text, string field, List<FieldError> errors, out DateOnly? value)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        value = null;
        if (text.Trim().Length == 0) return true;
        if (DateText.TryParse(text, out var d))
        {
            value = d;
            return true;
        }
        errors.Add(new FieldError(field, DateText.Refusal(text)));
        return false;
    }

    /// <summary>A trimmed name of a metric or an action, within <see cref="MetricNames.MaxLength"/> (the plan reader's rule); empty becomes null.</summary>
    public static string? Name(string text, string field, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        var t = text.Trim();
        if (MetricNames.Problem(t) is { } problem)
        {
            errors.Add(new FieldError(field, problem));
            return null;
        }
        return t.Length == 0 ? null : t;
    }

    /// <summary>A trimmed text of at most <see cref="MaxText"/> characters; empty becomes null.</summary>
    public static string? Text(string text, string field, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        var t = text.Trim();
        if (t.Length > MaxText)
        {
            errors.Add(new FieldError(field, new Message($"{MaxText} 文字以内で書いてください ({t.Length} 文字あります)", $"write at most {MaxText} characters ({t.Length} given)")));
            return null;
        }
        return t.Length == 0 ? null : t;
    }

    static Plan Replace(Plan plan, Metric metric) =>
        plan with { Metrics = [.. plan.Metrics.Select(x => x.Id == metric.Id ? metric : x)] };
}
