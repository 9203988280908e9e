using System.Text.Json;
using Ippon.Storage;
using Ippon.Web.Features.Actuals;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Drafts;

/// <summary>Reads, writes and deletes a user's draft of a plan (the <c>drafts</c> table): the one place that knows its shape.</summary>
public static class DraftStore
{
    /// <summary>A stored draft: the version it was edited from, the plan file text (null: the plan was not edited), the typed actuals, when it was written, and the editor field being typed.</summary>
    public sealed record Stored(int BaseVersion, string? Yaml, IReadOnlyList<TypedCell> Actuals, DateTime UpdatedAt, FieldTyping? Typing = null);

    static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public static async Task<Stored?> Load(IpponDb db, Guid planId, string user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = await db.Drafts.AsNoTracking().FirstOrDefaultAsync(d => d.PlanId == planId && d.User == user, ct);
        if (row is null) return null;
        IReadOnlyList<TypedCell> cells = [];
        if (row.Actuals is { Length: > 0 } json)
        {
            try
            {
                cells = JsonSerializer.Deserialize<List<TypedCell>>(json, s_json)?.Where(c => c is { Period: not null, Metric: not null, Text: not null }).ToList() ?? [];
            }
            catch (JsonException)
            {
                // A damaged actuals column loses the typed cells, never the plan's draft.
            }
        }
        return new Stored(row.BaseVersion, row.Yaml, cells, row.UpdatedAt, ReadTyping(row.Typing));
    }

    // A damaged typing column loses the typed field, never the draft.
    static FieldTyping? ReadTyping(string? json)
    {
        if (json is not { Length: > 0 }) return null;
        try
        {
            return JsonSerializer.Deserialize<FieldTyping>(json, s_json) is { } t ? FieldTyping.From(t.Node, t.Field, t.Text) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Keeps the draft: <paramref name="yaml"/> (null when the plan is as saved), the typed <paramref name="actuals"/> and
    /// the editor field being typed (<paramref name="typing"/>); with none of them, the draft is deleted (nothing unsaved is left).
    /// </summary>
    public static async Task Write(IpponDb db, Guid planId, string user, int baseVersion, string? yaml, IReadOnlyList<TypedCell> actuals, FieldTyping? typing, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actuals);
        if (yaml is null && actuals.Count == 0 && typing is null)
        {
            await Delete(db, planId, user, ct);
            return;
        }
        for (var attempt = 0; ; attempt++)
        {
            var row = await db.Drafts.FirstOrDefaultAsync(d => d.PlanId == planId && d.User == user, ct);
            if (row is null)
            {
                // The plan may have been deleted meanwhile (for good): then there is nothing to keep a draft of.
                if (!await db.Plans.AnyAsync(p => p.Id == planId, ct)) return;
                row = new PlanDraft(planId, user);
                db.Drafts.Add(row);
            }
            row.BaseVersion = baseVersion;
            row.Yaml = yaml;
            row.Actuals = actuals.Count == 0 ? null : JsonSerializer.Serialize(actuals, s_json);
            row.Typing = typing is null ? null : JsonSerializer.Serialize(typing, s_json);
            row.UpdatedAt = now;
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt < 2)
            {
                // The same user's other tab wrote it first: write over it (the newest draft wins).
                db.ChangeTracker.Clear();
            }
        }
    }

    public static async Task Delete(IpponDb db, Guid planId, string user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Drafts.Where(d => d.PlanId == planId && d.User == user).ExecuteDeleteAsync(ct);
    }
}
