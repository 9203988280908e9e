using System.Collections.Immutable;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Web.Features.Edits;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Authoring;

/// <summary>Changes what belongs to the whole plan: title, vision, horizon and period, phasing, check thresholds.</summary>
public static class EditSettings
{
    /// <summary>The fields to change; null leaves a field as it is, an empty text clears an optional one.</summary>
    public sealed record Changes
    {
        public string? Title { get; init; }
        public string? Vision { get; init; }

        /// <summary>A fiscal year (2026 = 2026-04-01 … 2027-03-31); sets start and end at once.</summary>
        public int? FiscalYear { get; init; }
        public string? Start { get; init; }
        public string? End { get; init; }

        /// <summary>month, quarter, half or year.</summary>
        public string? Period { get; init; }

        /// <summary>One weight per period, separated by commas or spaces (1, 2, 3, 4); empty for an even split.</summary>
        public string? Phasing { get; init; }
        public string? MaxKpisPerOwner { get; init; }
    }

    public static Outcome<Plan> Apply(Plan plan, Changes changes)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(changes);
        var errors = new List<FieldError>();
        var p = plan;
        if (changes.Title is { } title)
        {
            var t = EditMetric.Text(title, "plan", errors);
            if (t is null && errors.Count == 0) errors.Add(new FieldError("plan", new Message("計画名を入れてください", "give the plan a title")));
            else if (t is not null) p = p with { Title = t };
        }
        if (changes.Vision is { } vision) p = p with { Vision = EditMetric.Text(vision, "vision", errors) };
        var horizon = p.Horizon;
        if (changes.FiscalYear is { } year)
        {
            if (year is < 2000 or > 2100) errors.Add(new FieldError("horizon", new Message($"{year}年度 は読めません", $"fiscal year {year} is out of range")));
            else horizon = NewPlan.FiscalYear(year, horizon?.Period ?? PeriodKind.Quarter);
        }
        if (changes.Start is not null || changes.End is not null)
        {
            DateOnly? start = horizon?.Start, end = horizon?.End;
            if (changes.Start is { } s && EditMetric.Date(s, "horizon.start", errors, out var sd)) start = sd;
            if (changes.End is { } e && EditMetric.Date(e, "horizon.end", errors, out var ed)) end = ed;
            if (start is { } a && end is { } b)
            {
                if (b < a) errors.Add(new FieldError("horizon.end", new Message("終了日が開始日より前です", "the end is before the start")));
                else horizon = new Horizon(a, b, horizon?.Period ?? PeriodKind.Quarter);
            }
            else if (start is null && end is null)
            {
                horizon = null;
            }
        }
        if (changes.Period is { } period)
        {
            if (!Enum.TryParse<PeriodKind>(period.Trim(), ignoreCase: true, out var kind))
                errors.Add(new FieldError("horizon.period", new Message($"期間は month, quarter, half, year のいずれかです ('{period}')", $"a period is month, quarter, half or year, not '{period}'")));
            else if (horizon is null)
                errors.Add(new FieldError("horizon.period", new Message("期間の区切りには計画の開始日と終了日が必要です", "a period needs the plan's start and end")));
            else horizon = horizon with { Period = kind };
        }
        p = p with { Horizon = horizon };
        if (changes.Phasing is { } phasing) p = p with { Phasing = Weights(phasing, horizon, errors) };
        else if (!p.Phasing.IsEmpty && horizon?.PeriodCount != p.Phasing.Length) p = p with { Phasing = [] }; // the periods changed under the weights
        if (changes.MaxKpisPerOwner is { } max)
        {
            if (int.TryParse(max.Trim(), out var n) && n is > 0 and < 100) p = p with { Checks = p.Checks with { MaxKpisPerOwner = n } };
            else errors.Add(new FieldError("checks.max_kpis_per_owner", new Message($"1〜99 の整数にしてください ('{max}')", $"expected a whole number from 1 to 99, not '{max}'")));
        }
        if (errors.Count > 0) return Failure.Invalid([.. errors]);
        return PlanText.Check(p);
    }

    /// <summary>Phasing weights, one per period of <paramref name="horizon"/>; empty text for an even split.</summary>
    static ImmutableArray<decimal> Weights(string text, Horizon? horizon, List<FieldError> errors)
    {
        var parts = text.Split([',', '、', ' ', '　', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0) return [];
        var weights = new List<decimal>();
        foreach (var part in parts)
        {
            if (NumberText.TryParse(part, out var w) && w >= 0)
            {
                weights.Add(w);
            }
            else
            {
                errors.Add(new FieldError("phasing", new Message($"'{part}' は重みとして読めません (0 以上の数)", $"'{part}' is not a weight (a number, 0 or more)")));
                return [];
            }
        }
        var count = horizon?.PeriodCount;
        if (count != weights.Count)
        {
            errors.Add(new FieldError("phasing", new Message(
                count is null ? "期間ごとの重みには計画期間が必要です" : $"重みは期ごとに1つ、{count} 個です ({weights.Count} 個あります)",
                count is null ? "weights per period need the plan's horizon" : $"give one weight per period: {count} ({weights.Count} given)")));
            return [];
        }
        return [.. weights];
    }
}
