using Ippon.Web.Features.Accounts;
using Ippon.Calculation;
using Ippon.Files;
using Ippon.Files.Actuals;
using Ippon.Numbers;
using Ippon.Periods;
using Ippon.Plans;
using Ippon.Storage;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Actuals;

/// <summary>Stores a plan's actuals: typed in the grid, pasted from Excel, uploaded as CSV or pushed through the API. All rows or none.</summary>
public static class StoredActuals
{
    /// <summary>The rows to store; with <see cref="ReplaceAll"/> every other actual of the plan is removed.</summary>
    public sealed record Request(List<ActualRow> Rows, bool ReplaceAll = false);

    public static void Map(RouteGroupBuilder plans)
    {
        plans.MapGet("/{id:guid}/actuals", async (Guid id, string? format, PlanStore store, HttpContext http, CancellationToken ct) =>
                (await store.ReadActualsAsync(id, ct)).ToHttp(RequestLanguage.Of(http), rows => format == "csv"
                    ? TypedResults.Text(ActualsCsv.Write(rows), "text/csv; charset=utf-8")
                    : TypedResults.Ok(rows)))
            .WithName("GetActuals").WithSummary("A plan's actuals as JSON rows, or ?format=csv as the contract's CSV")
            .Produces<List<ActualRow>>().ProducesProblem(StatusCodes.Status404NotFound);
        plans.MapPut("/{id:guid}/actuals", async (Guid id, Request body, PlanStore store, HttpContext http, CancellationToken ct) =>
                (await store.SaveActualsAsync(id, body.Rows ?? [], body.ReplaceAll, Caller.Of(http), ct)).ToHttp(RequestLanguage.Of(http), r => TypedResults.Ok(r)))
            .RequireAuthorization(Access.Edit).WithName("StoredActuals").WithSummary("Store actuals (period, metric, value, and member for a member's own actual); a null value clears a cell")
            .Produces<List<ActualRow>>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        plans.MapPost("/{id:guid}/actuals/csv", async (Guid id, IFormFile file, PlanStore store, HttpContext http, CancellationToken ct) =>
            {
                await using var stream = file.OpenReadStream();
                return (await store.UploadActualsAsync(id, file.FileName, file.Length, stream, Caller.Of(http), ct)).ToHttp(RequestLanguage.Of(http), r => TypedResults.Ok(r));
            })
            .DisableAntiforgery()
            .RequireAuthorization(Access.Edit).WithName("UploadActuals").WithSummary("Upload the actuals CSV (multipart/form-data, field 'file'; header period,metric,value and an optional member column)")
            .Produces<List<ActualRow>>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The plan's actuals, by period, metric, then member (the whole metric's first).</summary>
    public static async Task<List<ActualRow>> Read(IpponDb db, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Actuals.AsNoTracking().Where(a => a.PlanId == id).ToListAsync(ct);
        return [.. rows.OrderBy(a => a.Period, StringComparer.Ordinal).ThenBy(a => a.Metric, StringComparer.Ordinal).ThenBy(a => a.Member, StringComparer.Ordinal)
            .Select(Row)];
    }

    static ActualRow Row(ActualValue a) => new(a.Period, a.Metric, a.Value, a.MemberOrNull);

    /// <summary>Reads an uploaded CSV (its size checked before reading) and stores its rows.</summary>
    public static async Task<Outcome<List<ActualRow>>> Upload(IpponDb db, Guid id, string fileName, long size, Stream content, Caller caller, TimeProvider time, UploadLimits limits,
        IReadOnlyList<ISavedActualsObserver> observers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var upload = await limits.ReadAsync(size, content, "file", ct);
        if (!upload.Ok) return upload.Failure;
        var text = TextFile.Decode(upload.Value, fileName, "CSV");
        if (!text.Success) return Failure.Invalid(new FieldError("file", text.Errors[0].Message));
        var loaded = await LoadPlan.Run(db, id, null, ct);
        if (!loaded.Ok) return loaded.Failure;
        var read = ActualsReader.Parse(text.Value, loaded.Value.Plan, fileName);
        if (!read.Success)
        {
            return Failure.Invalid([.. read.Errors.Select(e => FieldError.From("file", e))]);
        }
        return await Run(db, id, PerPeriod(loaded.Value.Plan, read.Actuals), false, caller, time, observers, ct);
    }

    /// <summary>
    /// Actuals as read from a file (the contract CSV or a CRM export; months, dates or periods) as one row per plan
    /// period, metric and member: quantities added up, rates averaged, as the review engine counts them. A member's
    /// rows stay that member's (they are not added into a whole-metric row: the review adds them up itself).
    /// </summary>
    public static List<ActualRow> PerPeriod(Plan plan, Ippon.Review.Actuals actuals)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actuals);
        var calendar = PeriodCalendar.For(plan);
        if (calendar is null) return [];
        var model = PlanModel.Build(plan);
        var rows = new List<ActualRow>();
        foreach (var cell in actuals.Rows.GroupBy(r => (r.Metric, r.Member)))
        {
            var m = model.IndexOf(cell.Key.Metric);
            if (m < 0) continue;
            // One member's rows (or the whole metric's) as whole-metric rows: the series of that cell alone.
            var own = new Ippon.Review.Actuals([.. cell.Select(r => r with { Member = null })]);
            var series = own.Series(cell.Key.Metric, calendar.Count, model.Kinds[m] == MetricKind.Quality);
            for (var p = 0; p < series.Length; p++)
            {
                if (series[p] is { } v) rows.Add(new ActualRow(calendar.Periods[p].Label, cell.Key.Metric, v, cell.Key.Member));
            }
        }
        return rows;
    }

    /// <summary>
    /// The stored rows as the review engine's actuals, members' rows with their member as the CSV's <c>member</c> column
    /// gives it (rows of periods, metrics or members the plan no longer has are left out).
    /// </summary>
    public static Ippon.Review.Actuals ForReview(Plan plan, IEnumerable<ActualRow> rows)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(rows);
        if (PeriodCalendar.For(plan) is not { } calendar) return Ippon.Review.Actuals.Empty;
        var list = rows as IReadOnlyCollection<ActualRow> ?? [.. rows];
        var model = list.Any(r => r.Member is not null) ? PlanModel.Build(plan) : null;
        var actuals = list
            .Where(r => r.Value is not null && plan.Find(r.Metric) is { } metric && calendar[r.Period] is not null
                        && (r.Member is null || ActualsMember.Refusal(model!, metric, r.Member) is null))
            .Select(r => new Ippon.Review.Actual(r.Metric, calendar[r.Period]!.Index, r.Value!.Value) { Label = r.Period, Member = r.Member });
        return new Ippon.Review.Actuals([.. actuals]) { Source = "actuals" };
    }

    /// <summary>
    /// Checks every row against the plan (period, metric, value) and the caller's role (a department editor: only
    /// their department's metrics) and stores them all, or none; each changed cell goes to the audit trail, and the
    /// <paramref name="observers"/> (Notifications' KPI alerts) write their part on the same context, committed with the rows.
    /// </summary>
    public static async Task<Outcome<List<ActualRow>>> Run(IpponDb db, Guid id, IReadOnlyList<ActualRow> rows, bool replaceAll, Caller caller, TimeProvider time,
        IReadOnlyList<ISavedActualsObserver> observers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(observers);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(time);
        if (!caller.CanEdit) return Forbidden.Edit;
        var loaded = await LoadPlan.Run(db, id, null, ct);
        if (!loaded.Ok) return loaded.Failure;
        var plan = loaded.Value.Plan;
        var checkedRows = Check(plan, rows);
        if (!checkedRows.Ok) return checkedRows.Failure;
        for (var attempt = 0; ; attempt++)
        {
            var now = time.GetUtcNow().UtcDateTime;
            var existing = await db.Actuals.Where(a => a.PlanId == id).ToListAsync(ct);
            var byKey = existing.ToDictionary(a => (a.Period, a.Metric, a.Member));
            var before = existing.Select(Row).ToList(); // for the observers (the KPI alerts review before and after)
            var changes = new List<ActualChange>();
            var given = new HashSet<(string, string, string)>();
            var notMine = new List<FieldError>();
            foreach (var (r, i) in checkedRows.Value.Select((r, i) => (r, i)))
            {
                var key = (r.Period, r.Metric, r.Member ?? ActualValue.WholeMetric);
                given.Add(key);
                if (!caller.Owns(plan.Find(r.Metric)?.Owner)) notMine.Add(NotMine(caller, $"rows[{i}].metric", plan, r.Metric));
                var old = byKey.GetValueOrDefault(key);
                AuditTrail.Actual(db, id, plan.Title, r.Period, Subject(r.Metric, r.Member), old?.Value, r.Value, caller, now);
                if (old?.Value != r.Value) changes.Add(new(r.Period, r.Metric, old?.Value, r.Value) { Member = r.Member });
                if (old is not null)
                {
                    if (r.Value is { } v) old.Set(v, caller.Name, now);
                    else db.Actuals.Remove(old);
                }
                else if (r.Value is { } v)
                {
                    var added = new ActualValue(id, r.Period, r.Metric, r.Member, v, caller.Name, now);
                    db.Actuals.Add(added);
                    byKey[key] = added;
                }
            }
            if (replaceAll)
            {
                foreach (var gone in existing.Where(a => !given.Contains((a.Period, a.Metric, a.Member))))
                {
                    if (!caller.Owns(plan.Find(gone.Metric)?.Owner)) notMine.Add(NotMine(caller, "replace_all", plan, gone.Metric));
                    AuditTrail.Actual(db, id, plan.Title, gone.Period, Subject(gone.Metric, gone.MemberOrNull), gone.Value, null, caller, now);
                    changes.Add(new(gone.Period, gone.Metric, gone.Value, null) { Member = gone.MemberOrNull });
                    db.Actuals.Remove(gone);
                }
            }
            if (notMine.Count > 0)
            {
                db.ChangeTracker.Clear();
                return Failure.Forbidden($"部門編集者 ({caller.Department}) は自部門が担当する指標の実績だけを変更できます。何も保存していません",
                    $"a department editor ({caller.Department}) may change only the actuals of metrics their department owns; nothing was saved", [.. notMine.DistinctBy(e => e.Field + e.Message.In(Language.En))]);
            }
            // The observers write in this save's transaction (the KPI alerts go into the outbox): sent if and only if the actuals are saved.
            foreach (var observer in observers) await observer.SavingAsync(db, new SavingActuals(id, plan, before, changes, caller, now), ct);
            try
            {
                await db.SaveChangesAsync(ct);
                return await Read(db, id, ct);
            }
            catch (DbUpdateException) when (attempt < 10)
            {
                db.ChangeTracker.Clear(); // someone added the same cell at the same moment: apply ours on top of theirs
            }
        }
    }

    // The audit trail's subject after the period: the metric, or metric/member for a member's own actual (Q1/rep_deals/田中).
    static string Subject(string metric, string? member) => member is null ? metric : $"{metric}/{member}";

    static FieldError NotMine(Caller caller, string field, Plan plan, string metric) => new(field, new Message(
        $"{plan.Find(metric)?.Label ?? metric} ({metric}) は {caller.Department} の担当ではありません", $"{plan.Find(metric)?.Label ?? metric} ({metric}) is not owned by {caller.Department}"));

    /// <summary>
    /// The rows with the plan's period labels and metric ids, or every row's problem (<c>rows[i].period</c>,
    /// <c>.metric</c>, <c>.member</c>, <c>.value</c>): a member the metric does not vary over, and a second row for a
    /// period, metric and member already given (Q1 and q1), are refused as the CLI's CSV reader refuses them.
    /// </summary>
    public static Outcome<List<ActualRow>> Check(Plan plan, IReadOnlyList<ActualRow> rows)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(rows);
        var errors = new List<FieldError>();
        var result = new List<ActualRow>();
        var seen = new Dictionary<(string Period, string Metric, string? Member), int>();
        PlanModel? model = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var resolved = ActualsPeriods.Resolve(plan, r.Period ?? "");
            if (resolved.Value is not { } period)
            {
                errors.AddRange(resolved.Errors.Select(e => new FieldError($"rows[{i}].period", e.Message)));
                continue;
            }
            var metric = plan.Find(r.Metric ?? "") ?? plan.Metrics.FirstOrDefault(m => m.Name == r.Metric);
            if (metric is null)
            {
                var suggestion = PlanModel.Suggest(r.Metric ?? "", plan.Metrics.Select(m => m.Id));
                errors.Add(new FieldError($"rows[{i}].metric", new Message(
                    $"'{r.Metric}' という指標はありません{(suggestion is null ? "" : $"。'{suggestion}' のことですか?")}",
                    $"no metric '{r.Metric}'{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}")));
                continue;
            }
            var member = string.IsNullOrWhiteSpace(r.Member) ? null : r.Member.Trim();
            if (member is not null && (member.Length > ActualValue.MemberMaxLength
                    ? new Message($"メンバー名が長すぎます ({member.Length} 文字、{ActualValue.MemberMaxLength} 文字まで)", $"the member is too long ({member.Length} characters; at most {ActualValue.MemberMaxLength})")
                    : ActualsMember.Refusal(model ??= PlanModel.Build(plan), metric, member)) is { } notMember)
            {
                errors.Add(new FieldError($"rows[{i}].member", notMember));
                continue;
            }
            if (r.Value is { } v && Invalid(metric, v) is { } problem)
            {
                errors.Add(new FieldError($"rows[{i}].value", problem));
                continue;
            }
            if (seen.TryGetValue((period, metric.Id, member), out var first))
            {
                var cell = member is null ? $"{period},{metric.Id}" : $"{period},{metric.Id},{NumberText.Clip(member)}";
                errors.Add(new FieldError($"rows[{i}].period", new Message(
                    $"{cell} は rows[{first}] にもあります。1つにまとめてください", $"{cell} is given twice (also rows[{first}]); keep one row")));
                continue;
            }
            seen[(period, metric.Id, member)] = i;
            result.Add(new ActualRow(period, metric.Id, r.Value is { } value ? Ippon.Reporting.Json.Normalize(value) : null, member));
        }
        return errors.Count > 0 ? Failure.Invalid([.. errors]) : result;
    }

    static Message? Invalid(Metric metric, decimal value)
    {
        if (metric.Unit.Kind == UnitKind.Ratio && value is < 0 or > 1)
            return new Message($"{metric.Label} の実績 {Formatter.Percent(value)} は 0%〜100% の範囲外です", $"the actual {Formatter.Percent(value)} of {metric.Label} is outside 0%–100%");
        if (value < 0 && (metric.Unit.IsWhole || metric.Unit.Kind == UnitKind.Currency))
            return new Message($"{metric.Label} の実績はマイナスにできません ({Formatter.Plain(value)})", $"the actual of {metric.Label} cannot be negative ({Formatter.Plain(value)})");
        return null;
    }
}
