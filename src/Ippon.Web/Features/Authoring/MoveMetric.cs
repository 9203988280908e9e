using Ippon.Formulas.Syntax;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Web.Features.Accounts;
using Ippon.Web.Features.Edits;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;
using Microsoft.AspNetCore.Mvc;

namespace Ippon.Web.Features.Authoring;

/// <summary>
/// Moves a metric under another parent in the tree: the old parent's formula loses the metric as a term (年間売上 =
/// 既存 + 新規 → 既存) and the new one adds it (新規売上 = 受注数 × 単価 → 受注数 × 単価 + 新規). The page shows both
/// formulas before and after (<see cref="Plan(Ippon.Plans.Plan, string, string, string?)"/>) and applies the plan it
/// shows; a move that would make a cycle, or change what the old formula means, is refused naming why.
/// </summary>
/// <remarks>
/// A move never removes a metric, so what else names it (actions, scenarios, the crm: section) still names it after;
/// only a metric added into its parent (a + b, not a × b or a − b) can leave it without changing the parent's meaning.
/// </remarks>
public static class MoveMetric
{
    /// <summary>A parent whose formula changes: before and after (null: no formula).</summary>
    public sealed record Change(string ParentId, Formula? Before, Formula? After);

    /// <summary>What a move does: the old parent's formula (null when the metric had no parent), the new parent's, and the plan after it.</summary>
    public sealed record Moved(Change? From, Change To, Plan Plan);

    /// <summary>The request of the API: the new parent, and the old one when the metric has several.</summary>
    public sealed record Request(string? To, string? From);

    public static void Map(RouteGroupBuilder plans) =>
        plans.MapPost("/{id:guid}/metrics/{metric}/move", async (Guid id, string metric, Request body, [FromQuery(Name = "base_version")] int? baseVersion, PlanStore store, HttpContext http, CancellationToken ct) =>
                SavePlan.Respond(await ApplyEdit.Run(store, id, p => Apply(p, metric, body.To ?? "", body.From), Caller.Of(http), baseVersion, ct), http))
            .RequireAuthorization(Access.Edit).WithName("MoveMetric").WithSummary("Move a metric under another parent: the two formulas change (a new version)")
            .Produces<Saved>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    public static Outcome<Plan> Apply(Plan plan, string metricId, string toId, string? fromId = null)
    {
        var moved = Plan(plan, metricId, toId, fromId);
        return moved.Ok ? Outcome<Plan>.Success(moved.Value.Plan) : moved.Failure;
    }

    /// <summary>The parents <paramref name="metricId"/> can be moved under: every metric without a value that is not itself, not computed from it, and not already its parent.</summary>
    public static IEnumerable<Metric> Targets(Plan plan, string metricId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var below = Below(plan, metricId);
        return plan.Metrics.Where(m => m.Id != metricId && m.Value is null && !below.Contains(m.Id) && m.Formula?.References.Contains(metricId) != true);
    }

    /// <summary>The move, shown before it is applied: both formulas before and after, and the plan (checked: it reads and calculates).</summary>
    public static Outcome<Moved> Plan(Plan plan, string metricId, string toId, string? fromId = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(toId);
        var metric = plan.Find(metricId);
        if (metric is null) return Failure.NotFound($"metric {metricId}");
        var to = plan.Find(toId.Trim());
        if (to is null) return Refuse("to", $"移動先の指標 '{NumberText.Clip(toId)}' はありません", $"there is no metric '{NumberText.Clip(toId)}' to move under");
        if (to.Id == metric.Id) return Refuse("to", $"{metric.Label} を自分の下には移せません", $"{metric.Label} cannot go under itself");
        if (to.Formula?.References.Contains(metric.Id) == true)
            return Refuse("to", $"{metric.Label} は既に {to.Label} の式にあります", $"{metric.Label} is already in {to.Label}'s formula");
        if (Path(plan, metric.Id, to.Id) is { } path)
        {
            var chain = string.Join(" → ", path.Select(id => plan.Find(id)?.Label ?? id));
            return Refuse("to", $"{to.Label} は {metric.Label} から計算されています ({chain})。その下に移すと循環します",
                $"{to.Label} is computed from {metric.Label} ({chain}); moving it there makes a cycle");
        }
        if (to.Value is not null)
            return Refuse("to", $"{to.Label} は値を持つ前提 (率・単価など) です。下に指標は置けません", $"{to.Label} is an assumption with a value (a rate, a price); nothing goes under it");

        var readers = plan.ReadersOf(metric.Id).ToList();
        Metric? leaving;
        if (fromId is { Length: > 0 })
        {
            leaving = readers.FirstOrDefault(r => r.Id == fromId.Trim());
            if (leaving is null) return Refuse("from", $"{metric.Label} は '{NumberText.Clip(fromId)}' の式にありません", $"{metric.Label} is not in the formula of '{NumberText.Clip(fromId)}'");
        }
        else if (readers.Count > 1)
        {
            var names = readers.Select(r => r.Label).ToList();
            return Refuse("from", $"{metric.Label} は {string.Join("、", names)} の式にあります。どこから移すか選んでください",
                $"{metric.Label} is in the formulas of {string.Join(", ", names)}; say which one it leaves");
        }
        else
        {
            leaving = readers.FirstOrDefault();
        }

        var words = MetricNames.Words(plan.Metrics);
        var word = MetricNames.WordFor(words, metric.Id, metric.Name);
        Change? left = null;
        var p = plan;
        if (leaving is not null)
        {
            if (!TryWithout(leaving.Formula!, metric.Id, words, p, out var without))
            {
                var shown = MetricNames.Write(plan, leaving.Formula!);
                return Refuse("from", $"{leaving.Label} = {shown} の {metric.Label} は足し算の項ではないため、外すと式の意味が変わります。先に {leaving.Label} の式を書き直してください",
                    $"{metric.Label} is not a term added in {leaving.Label} = {shown}; taking it out would change what the formula means: rewrite {leaving.Label}'s formula first");
            }
            left = new Change(leaving.Id, leaving.Formula, without);
            p = Replace(p, leaving with { Formula = without });
        }
        var joined = to.Formula is null ? word : $"{to.Formula.Text} + {word}";
        var after = MetricNames.Resolve(Formula.Parse(joined).Value!, words);
        p = Replace(p, p.Find(to.Id)! with { Formula = after });
        var checkedPlan = PlanText.Check(p);
        if (!checkedPlan.Ok) return checkedPlan.Failure;
        return new Moved(left, new Change(to.Id, to.Formula, after), checkedPlan.Value);
    }

    /// <summary>
    /// <paramref name="formula"/> without the term <paramref name="id"/> added into it (<paramref name="rest"/> null when
    /// the formula was only that term); false when the metric is no added term. The text keeps what was typed (× and
    /// names) where cutting the term out leaves the same formula; else it is written again.
    /// </summary>
    static bool TryWithout(Formula formula, string id, IReadOnlyDictionary<string, string> words, Plan plan, out Formula? rest)
    {
        rest = null;
        var terms = new List<(Expr Term, bool Plus)>();
        Terms(formula.Expr, plus: true, terms);
        var at = terms.FindIndex(t => t.Plus && t.Term is Ref r && r.Id == id);
        if (at < 0) return false;
        var others = terms.Where((_, i) => i != at).ToList();
        if (others.Count == 0) return true;
        // The formula the rest makes, term by term, to check the text cut below against.
        var expected = others.Skip(1).Aggregate(others[0].Plus ? others[0].Term : new Unary(others[0].Term),
            (sum, t) => new Binary(t.Plus ? BinaryOp.Add : BinaryOp.Subtract, sum, t.Term));
        var text = formula.Text;
        var cut = at > 0
            ? text.Remove(End(terms[at - 1].Term), End(terms[at].Term) - End(terms[at - 1].Term))
            : text.Remove(terms[0].Term.Start, terms[1].Term.Start - terms[0].Term.Start);
        if (Formula.Parse(cut.Trim()).Value is { } parsed)
        {
            var resolved = MetricNames.Resolve(parsed, words);
            if (Printer.Print(resolved.Expr) == Printer.Print(expected))
            {
                rest = resolved;
                return true;
            }
        }
        var written = Printer.Print(expected, FormulaDialect.PlanFile.WithNames(r => MetricNames.WordFor(words, r, plan.Find(r)?.Name)));
        rest = MetricNames.Resolve(Formula.Parse(written).Value!, words);
        return true;
    }

    static int End(Expr e) => e.Start + e.Length;

    // The terms a formula adds and subtracts at its top: ((a + b) − c) + d → +a, +b, −c, +d.
    static void Terms(Expr e, bool plus, List<(Expr, bool)> terms)
    {
        switch (e)
        {
            case Binary { Op: BinaryOp.Add } b:
                Terms(b.Left, plus, terms);
                Terms(b.Right, plus, terms);
                break;
            case Binary { Op: BinaryOp.Subtract } b:
                Terms(b.Left, plus, terms);
                Terms(b.Right, !plus, terms);
                break;
            default:
                terms.Add((e, plus));
                break;
        }
    }

    /// <summary>The metrics <paramref name="id"/> is computed from, at any depth.</summary>
    static HashSet<string> Below(Plan plan, string id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([id]);
        while (stack.TryPop(out var at))
        {
            foreach (var r in plan.Find(at)?.Formula?.References ?? [])
                if (seen.Add(r)) stack.Push(r);
        }
        return seen;
    }

    /// <summary>The chain of formulas from <paramref name="from"/> down to <paramref name="to"/>, or null when <paramref name="to"/> is not below it.</summary>
    static List<string>? Path(Plan plan, string from, string to)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var at))
        {
            foreach (var r in plan.Find(at)?.Formula?.References ?? [])
            {
                if (r == from || !previous.TryAdd(r, at)) continue;
                if (r == to)
                {
                    var path = new List<string> { to };
                    for (var x = to; x != from; x = previous[x]) path.Insert(0, previous[x]);
                    return path;
                }
                queue.Enqueue(r);
            }
        }
        return null;
    }

    static Plan Replace(Plan plan, Metric metric) =>
        plan with { Metrics = [.. plan.Metrics.Select(x => x.Id == metric.Id ? metric : x)] };

    static Failure Refuse(string field, string ja, string en) => Failure.Invalid(field, ja, en);
}
