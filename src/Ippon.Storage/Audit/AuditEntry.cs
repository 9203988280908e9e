namespace Ippon.Storage.Audit;

/// <summary>
/// One changed value: who changed which field of which metric, action or actual, when, from what to what. Written in
/// the same transaction as the change itself; never modified.
/// </summary>
public sealed class AuditEntry
{
    public AuditEntry(Guid? planId, string? planTitle, DateTime at, string user, string kind, string subject, string field, string? oldValue, string? newValue, int? version)
    {
        PlanId = planId;
        PlanTitle = Clip(planTitle, 500);
        At = at;
        User = Clip(user, 200)!;
        Kind = kind;
        Subject = Clip(subject, 200)!;
        Field = Clip(field, 100)!;
        OldValue = Clip(oldValue, 4000);
        NewValue = Clip(newValue, 4000);
        Version = version;
    }

    public long Id { get; private set; }

    /// <summary>The plan, or null for an account or token change.</summary>
    public Guid? PlanId { get; private set; }

    public string? PlanTitle { get; private set; }

    /// <summary>When, in UTC.</summary>
    public DateTime At { get; private set; }

    /// <summary>The account or token name.</summary>
    public string User { get; private set; }

    /// <summary><c>plan</c> (a save), <c>actual</c>, <c>lifecycle</c> (create, archive, delete…) or <c>account</c>.</summary>
    public string Kind { get; private set; }

    /// <summary>The metric or action id, <c>plan</c>, <c>Q1/leads</c> for an actual, or the account's name.</summary>
    public string Subject { get; private set; }

    /// <summary>value, formula, target, owner…; added or removed for a whole metric or action.</summary>
    public string Field { get; private set; }

    public string? OldValue { get; private set; }

    public string? NewValue { get; private set; }

    /// <summary>The plan version the change created, when it created one.</summary>
    public int? Version { get; private set; }

    static string? Clip(string? s, int max) => s is null || s.Length <= max ? s : s[..max];
}
