using System.Collections.Immutable;

namespace Ippon.Plans;

/// <summary>How to read a CRM export (one row per lead or opportunity with a date, a stage and an amount) as actuals: the plan's <c>crm:</c> section.</summary>
/// <remarks>
/// Each row counts once toward every metric its stage maps to (a won opportunity is a lead, a deal and an order), in
/// the period its date falls in; its amount adds to <see cref="AmountMetric"/> when its stage is one of
/// <see cref="AmountStages"/>. A stage neither mapped nor ignored is an error, so that no row is dropped silently.
/// </remarks>
public sealed record CrmMapping
{
    /// <summary>The column holding the date a row counts in (YYYY-MM-DD or YYYY/MM/DD, a time after it is ignored).</summary>
    public required string DateColumn { get; init; }

    /// <summary>The column holding the stage (リード, 商談, 受注, 失注).</summary>
    public required string StageColumn { get; init; }

    /// <summary>Stage → the metrics one row in that stage counts toward, in file order.</summary>
    public ImmutableArray<CrmStage> Stages { get; init; } = [];

    /// <summary>Stages whose rows are skipped on purpose (テスト, 重複).</summary>
    public ImmutableArray<string> Ignore { get; init; } = [];

    /// <summary>The column holding the amount, or null when the export's amounts are not used.</summary>
    public string? AmountColumn { get; init; }

    /// <summary>The metric the amounts add to (new_revenue).</summary>
    public string? AmountMetric { get; init; }

    /// <summary>The stages whose amounts count (受注: only won deals are revenue).</summary>
    public ImmutableArray<string> AmountStages { get; init; } = [];

    /// <summary>The stage called <paramref name="name"/>, or null.</summary>
    public CrmStage? Stage(string name) => Stages.FirstOrDefault(s => s.Name == name);
}
