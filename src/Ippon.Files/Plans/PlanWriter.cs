using System.Globalization;
using System.Text;
using Ippon.Dimensions;
using Ippon.Plans;

namespace Ippon.Files.Plans;

/// <summary>Writes a <see cref="Plan"/> as a plan file (YAML) that <see cref="PlanReader"/> reads back to the same plan.</summary>
/// <remarks>
/// Block style throughout, so that diffs stay one line per change; money in 万/億 where exact (6000万円), ratios as
/// percentages (20%), so the file reads like the plans people write by hand. Every string is quoted when YAML could
/// misread it.
/// </remarks>
public static class PlanWriter
{
    public static string Write(Plan plan)
    {
        var w = new StringBuilder();
        Line(w, 0, "plan", Quote(plan.Title));
        if (plan.Vision is not null) Line(w, 0, "vision", Quote(plan.Vision));
        if (plan.Author is not null) Line(w, 0, "author", Quote(plan.Author));
        if (plan.Currency != "JPY") Line(w, 0, "currency", plan.Currency);
        if (plan.Horizon is { } h)
        {
            w.AppendLine("horizon:");
            Line(w, 1, "start", Date(h.Start));
            Line(w, 1, "end", Date(h.End));
            Line(w, 1, "period", h.Period.ToString().ToLowerInvariant());
        }
        if (!plan.ForecastDefaults) Line(w, 0, "forecast", "{ defaults: none }");
        if (!plan.Phasing.IsEmpty) Line(w, 0, "phasing", "[" + string.Join(", ", plan.Phasing.Select(p => Number(p, null))) + "]");
        if (plan.Checks.MaxKpisPerOwner != CheckSettings.Default.MaxKpisPerOwner)
        {
            w.AppendLine("checks:");
            Line(w, 1, "max_kpis_per_owner", plan.Checks.MaxKpisPerOwner.ToString(CultureInfo.InvariantCulture));
        }
        if (!plan.Dimensions.IsEmpty)
        {
            w.AppendLine("dimensions:");
            foreach (var d in plan.Dimensions) WriteDimension(w, d);
        }
        if (!plan.Teams.IsEmpty)
        {
            w.AppendLine("teams:");
            foreach (var t in plan.Teams) WriteTeam(w, t);
        }
        w.AppendLine("metrics:");
        foreach (var m in plan.Metrics) WriteMetric(w, m);
        if (!plan.Actions.IsEmpty)
        {
            w.AppendLine("actions:");
            foreach (var a in plan.Actions) WriteAction(w, a, plan.Currency);
        }
        if (!plan.Scenarios.IsEmpty)
        {
            w.AppendLine("scenarios:");
            foreach (var s in plan.Scenarios)
            {
                w.Append("  ").Append(Quote(s.Name)).AppendLine(":");
                if (s.Description is not null) Line(w, 2, "description", Quote(s.Description));
                foreach (var o in s.Overrides)
                {
                    w.Append("    ").Append(o.Metric).AppendLine(":");
                    if (o.Value is { } v) Line(w, 3, "value", Number(v, null));
                    if (o.Target is { } t) Line(w, 3, "target", Number(t, null));
                }
            }
        }
        if (plan.Crm is { } crm)
        {
            w.AppendLine("crm:");
            Line(w, 1, "date", Quote(crm.DateColumn));
            Line(w, 1, "stage", Quote(crm.StageColumn));
            Line(w, 1, "stages", null);
            foreach (var s in crm.Stages) Line(w, 2, Quote(s.Name), "[" + string.Join(", ", s.Metrics) + "]");
            if (!crm.Ignore.IsEmpty) Line(w, 1, "ignore", "[" + string.Join(", ", crm.Ignore.Select(Quote)) + "]");
            if (crm.AmountColumn is not null && crm.AmountMetric is not null)
            {
                Line(w, 1, "amount", null);
                Line(w, 2, "column", Quote(crm.AmountColumn));
                Line(w, 2, "to", crm.AmountMetric);
                Line(w, 2, "stages", "[" + string.Join(", ", crm.AmountStages.Select(Quote)) + "]");
            }
        }
        if (!plan.Revisions.IsEmpty)
        {
            w.AppendLine("revisions:");
            foreach (var r in plan.Revisions)
            {
                w.Append("  - date: ").AppendLine(Date(r.Date));
                Line(w, 2, "reason", Quote(r.Reason));
                if (r.Period is not null) Line(w, 2, "period", Quote(r.Period));
                if (r.Author is not null) Line(w, 2, "author", Quote(r.Author));
                if (r.Changes.IsEmpty) continue;
                Line(w, 2, "changes", null);
                foreach (var c in r.Changes)
                {
                    w.Append("      ").Append(c.Metric).AppendLine(":");
                    Line(w, 4, "field", Quote(c.Field));
                    if (c.From is { } f) Line(w, 4, "from", Number(f, null));
                    if (c.To is { } t) Line(w, 4, "to", Number(t, null));
                }
            }
        }
        return w.ToString();
    }

    static void WriteDimension(StringBuilder w, Dimension d)
    {
        if (d.Parent is null)
        {
            w.Append("  ").Append(Quote(d.Name)).Append(": [").Append(string.Join(", ", d.Members.Select(Quote))).AppendLine("]");
            return;
        }
        w.Append("  ").Append(Quote(d.Name)).AppendLine(":");
        Line(w, 2, "parent", Quote(d.Parent.Name));
        Line(w, 2, "members", null);
        for (var i = 0; i < d.Count; i++) Line(w, 3, Quote(d.Members[i]), Quote(d.Parent.Members[d.ParentOf[i]]));
    }

    static void WriteTeam(StringBuilder w, Team t)
    {
        w.Append("  ").Append(Quote(t.Id)).AppendLine(":");
        if (t.Name is not null) Line(w, 2, "name", Quote(t.Name));
        if (t.People is { } p) Line(w, 2, "people", Number(p, null));
        if (!t.Members.IsEmpty) Line(w, 2, "members", "[" + string.Join(", ", t.Members.Select(Quote)) + "]");
        if (t.HoursPerDay is { } h) Line(w, 2, "hours_per_day", Number(h, null));
        if (t.WorkingDays is { } d) Line(w, 2, "working_days", Number(d, null));
        if (t.TotalHours is { } total) Line(w, 2, "total_hours", Number(total, null));
    }

    static void WriteMetric(StringBuilder w, Metric m)
    {
        w.Append("  ").Append(m.Id).AppendLine(":");
        if (m.Name is not null) Line(w, 2, "name", Quote(m.Name));
        if (m.Reading is not null) Line(w, 2, "reading", Quote(m.Reading));
        if (m.Role is { } role) Line(w, 2, "role", role.ToString().ToLowerInvariant());
        if (m.Formula is { } f) Line(w, 2, "formula", Quote(f.Text));
        if (m.Value is { } v) Line(w, 2, "value", Number(v, m.Unit));
        if (m.Target is { } t) Line(w, 2, "target", Number(t, m.Unit));
        Line(w, 2, "unit", Quote(m.Unit.Text));
        if (m.Kind is { } k) Line(w, 2, "kind", k.ToString().ToLowerInvariant());
        if (m.Owner is not null) Line(w, 2, "owner", Quote(m.Owner));
        if (m.Deadline is { } d) Line(w, 2, "deadline", Date(d));
        if (m.Direction == Direction.Down) Line(w, 2, "direction", "down");
        if (!m.Phasing.IsEmpty) Line(w, 2, "phasing", "[" + string.Join(", ", m.Phasing.Select(p => Number(p, null))) + "]");
        if (!m.By.IsEmpty) Line(w, 2, "by", "[" + string.Join(", ", m.By.Select(Quote)) + "]");
        if (!m.MemberValues.IsEmpty)
        {
            Line(w, 2, "values", null);
            foreach (var (member, value) in m.MemberValues.OrderBy(p => p.Key, StringComparer.Ordinal)) Line(w, 3, Quote(member), Number(value, m.Unit));
        }
        if (!m.MemberTargets.IsEmpty)
        {
            Line(w, 2, "targets", null);
            foreach (var (member, value) in m.MemberTargets.OrderBy(p => p.Key, StringComparer.Ordinal)) Line(w, 3, Quote(member), Number(value, m.Unit));
        }
        if (m.Allocation is { } a)
        {
            switch (a.Method)
            {
                case AllocationMethod.Even: Line(w, 2, "allocate", "even"); break;
                case AllocationMethod.Planned: Line(w, 2, "allocate", "planned"); break;
                case AllocationMethod.ByMetric: Line(w, 2, "allocate", "{ by: " + a.Metric + " }"); break;
                default:
                    Line(w, 2, "allocate", null);
                    Line(w, 3, "weights", null);
                    foreach (var (member, weight) in a.Weights.OrderBy(p => p.Key, StringComparer.Ordinal)) Line(w, 4, Quote(member), Number(weight, null));
                    break;
            }
        }
        if (m.Uncertainty is { } u) WriteUncertainty(w, u, m.Unit);
        if (m.Note is not null) Line(w, 2, "note", Quote(m.Note));
    }

    static void WriteUncertainty(StringBuilder w, Uncertainty u, Unit unit)
    {
        if (u is { Low: { } low, High: { } high })
        {
            Line(w, 2, "range", u.Level == Uncertainty.DefaultLevel
                ? $"[{Number(low, unit)}, {Number(high, unit)}]"
                : $"{{ low: {Number(low, unit)}, high: {Number(high, unit)}, level: {Number(u.Level, Unit.Ratio)} }}");
        }
        if (u.Trials is { } trials) Line(w, 2, "confidence", $"{{ trials: {Number(trials, null)} }}");
        if (u.Variability is { } cv) Line(w, 2, "variability", Number(cv, Unit.Ratio));
    }

    static void WriteAction(StringBuilder w, ActionPlan a, string currency)
    {
        w.Append("  ").Append(a.Id).AppendLine(":");
        if (a.Name is not null) Line(w, 2, "name", Quote(a.Name));
        if (a.Owner is not null) Line(w, 2, "owner", Quote(a.Owner));
        Line(w, 2, "drives", a.Drives);
        if (a.PerUnit is { } pu) Line(w, 2, "per_unit", Number(pu, null));
        if (a.Volume is { } v) Line(w, 2, "volume", Number(v, null));
        if (a.Share is { } s) Line(w, 2, "share", Number(s, Unit.Ratio));
        if (a.Unit != Unit.Count) Line(w, 2, "unit", Quote(a.Unit.Text));
        if (a.Due is { } d) Line(w, 2, "due", Date(d));
        if (a.Capacity is { } c)
        {
            if (c.Total is { } total)
            {
                Line(w, 2, "capacity", Number(total, null));
            }
            else
            {
                Line(w, 2, "capacity", null);
                if (c.People is { } p) Line(w, 3, "people", Number(p, null));
                var (pace, time) = c.Per switch
                {
                    CapacityPeriod.Week => ("per_person_per_week", "weeks"),
                    CapacityPeriod.Month => ("per_person_per_month", "months"),
                    _ => ("per_person_per_day", "working_days"),
                };
                if (c.PerPerson is { } pd) Line(w, 3, pace, Number(pd, null));
                if (c.Periods is { } wd) Line(w, 3, time, Number(wd, null));
            }
        }
        if (a.Team is not null) Line(w, 2, "team", Quote(a.Team));
        if (a.HoursPerUnit is { } hpu) Line(w, 2, "hours_per_unit", Number(hpu, null));
        if (a.CostPerUnit is { } cpu) Line(w, 2, "cost_per_unit", Number(cpu, Unit.Currency(currency)));
        if (a.Min is { } min) Line(w, 2, "min", Number(min, null));
        if (a.Max is { } max) Line(w, 2, "max", Number(max, null));
        if (a.Note is not null) Line(w, 2, "note", Quote(a.Note));
    }

    static void Line(StringBuilder w, int indent, string key, string? value)
    {
        w.Append(' ', indent * 2).Append(key).Append(':');
        if (value is not null) w.Append(' ').Append(value);
        w.AppendLine();
    }

    static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A number as people write it: 20% for a ratio, 6000万円 or 1億円 for yen in round amounts, else plain digits.</summary>
    public static string Number(decimal value, Unit? unit)
    {
        var v = value / 1.0000000000000000000000000000m;
        if (unit is { Kind: UnitKind.Ratio }) return (v * 100m / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) + "%";
        if (unit is { Kind: UnitKind.Currency, Text: "JPY" } && v != 0 && v == decimal.Truncate(v))
        {
            if (v % 100_000_000m == 0) return (v / 100_000_000m).ToString(CultureInfo.InvariantCulture) + "億円";
            if (v % 10_000m == 0) return (v / 10_000m).ToString(CultureInfo.InvariantCulture) + "万円";
        }
        return v.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Quotes <paramref name="text"/> for YAML when a plain scalar would be misread (special characters, booleans, numbers).</summary>
    public static string Quote(string text)
    {
        var plain = text.Length > 0
                    && text.Trim() == text
                    && text.IndexOfAny([':', '#', '{', '}', '[', ']', ',', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', '\n', '\r', '\t', '\\']) < 0
                    && !"-?".Contains(text[0], StringComparison.Ordinal)
                    && !IsReserved(text)
                    && !decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        if (plain) return text;
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return sb.Append('"').ToString();
    }

    static bool IsReserved(string text) =>
        text.ToLowerInvariant() is "true" or "false" or "yes" or "no" or "on" or "off" or "null" or "~" or "y" or "n";
}
