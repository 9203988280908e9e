using Ippon.Web.Features.Accounts;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;
using Microsoft.AspNetCore.Mvc;

namespace Ippon.Web.Features.Edits;

/// <summary>Adds a metric (a KPI, a KSF, an assumption) to a plan.</summary>
public static class AddMetric
{
    /// <summary>The new metric; <see cref="Role"/> is kgi, ksf, kpi or empty for an assumption; an empty <see cref="Id"/> is derived from the name.</summary>
    public sealed record Request(string? Id, string? Name, string? Role, string? Owner, string? Formula, string? Value, string? Unit);

    public static void Map(RouteGroupBuilder plans) =>
        plans.MapPost("/{id:guid}/metrics", async (Guid id, Request body, [FromQuery(Name = "base_version")] int? baseVersion, PlanStore store, HttpContext http, CancellationToken ct) =>
                SavePlan.Respond(await ApplyEdit.Run(store, id, p => Apply(p, body), Caller.Of(http), baseVersion, ct), http))
            .RequireAuthorization(Access.Edit).WithName("AddMetric").WithSummary("Add a metric (KPI, KSF or assumption) to a plan (a new version)")
            .Produces<Saved>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    public static Outcome<Plan> Apply(Plan plan, Request request)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(request);
        var id = request.Id?.Trim() is { Length: > 0 } given ? given : IdFor(plan, request.Name, "kpi");
        if (Ids.Problem(id, example: NextId(plan, "kpi")) is { } problem)
            return Failure.Invalid("id", problem.In(Language.Ja), problem.In(Language.En));
        if (plan.Find(id) is not null || plan.FindAction(id) is not null)
            return Failure.Invalid("id", $"ID '{id}' は既にあります。例えば {NextId(plan, id)} にしてください", $"the id '{id}' is taken; use e.g. {NextId(plan, id)}");
        var added = plan with { Metrics = plan.Metrics.Add(new Metric { Id = id, Unit = Ippon.Plans.Unit.Count }) };
        var edited = EditMetric.Apply(added, id, new EditMetric.Changes
        {
            Name = request.Name,
            Role = request.Role,
            Owner = request.Owner,
            Formula = request.Formula,
            Value = request.Value,
            Unit = string.IsNullOrWhiteSpace(request.Unit) ? null : request.Unit,
        });
        return edited;
    }

    /// <summary>An id for a new metric or action called <paramref name="name"/>: the name itself when it can be one and is free (商談数), else the first free <c>PREFIX_n</c>.</summary>
    /// <remarks>People never need to type an id: the page and the API derive it from the name.</remarks>
    public static string IdFor(Plan plan, string? name, string prefix)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var word = name?.Trim() ?? "";
        return Ids.IsValid(word) && plan.Find(word) is null && plan.FindAction(word) is null
            && !plan.Metrics.Any(m => m.Name?.Trim() == word) ? word : NextId(plan, prefix);
    }

    /// <summary>The first free id <c>PREFIX_1</c>, <c>PREFIX_2</c>…</summary>
    public static string NextId(Plan plan, string prefix)
    {
        ArgumentNullException.ThrowIfNull(plan);
        for (var i = 1; ; i++)
        {
            var id = $"{prefix}_{i}";
            if (plan.Find(id) is null && plan.FindAction(id) is null) return id;
        }
    }
}
