using System.Globalization;
using System.Text.Json;
using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Numbers;

namespace Ippon.Reporting;

/// <summary>The JSON of <c>ippon plan --json</c> and <c>ippon check --json</c>, as the contract (plan-format.md) defines it, with extra fields added.</summary>
public static class PlanJson
{
    /// <summary>The whole result as JSON text.</summary>
    public static string Serialize(PlanResult result, Language language) => Json.Write(w => Write(w, result, language));

    /// <summary>Writes the whole result as one JSON object.</summary>
    public static void Write(Utf8JsonWriter w, PlanResult result, Language language)
    {
        w.WriteStartObject();
        w.WriteString("plan", result.Plan.Title);
        w.Text("scenario", result.Scenario);
        w.Text("vision", result.Plan.Vision);
        w.WriteString("currency", result.Plan.Currency);
        w.WritePropertyName("metrics");
        w.WriteStartArray();
        foreach (var m in result.Metrics) WriteMetric(w, result, m, language);
        w.WriteEndArray();
        w.WritePropertyName("actions");
        w.WriteStartArray();
        foreach (var a in result.Actions) WriteAction(w, a);
        w.WriteEndArray();
        if (!result.Teams.IsEmpty)
        {
            w.WritePropertyName("teams");
            w.WriteStartArray();
            foreach (var t in result.Teams) WriteTeam(w, t);
            w.WriteEndArray();
        }
        w.WritePropertyName("findings");
        WriteFindings(w, result.Findings, language);
        w.WritePropertyName("summary");
        w.WriteStartObject();
        w.WriteNumber("errors", result.Findings.Count(f => f.Severity == Severity.Error));
        w.WriteNumber("warnings", result.Findings.Count(f => f.Severity == Severity.Warning));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>Writes findings as an array of {rule, severity, subject, message}.</summary>
    public static void WriteFindings(Utf8JsonWriter w, IEnumerable<Finding> findings, Language language)
    {
        w.WriteStartArray();
        foreach (var f in findings)
        {
            w.WriteStartObject();
            w.WriteString("rule", f.Rule.Id);
            w.WriteString("severity", f.Severity == Severity.Error ? "error" : "warning");
            w.WriteString("subject", f.Subject);
            w.WriteString("message", f.Message.In(language));
            if (f.Member is not null) w.WriteString("member", f.Member);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    static void WriteMetric(Utf8JsonWriter w, PlanResult result, MetricResult m, Language language)
    {
        var metric = m.Metric;
        w.WriteStartObject();
        w.WriteString("id", metric.Id);
        w.Text("name", metric.Name);
        w.Text("role", metric.Role?.ToString().ToLowerInvariant());
        w.WriteString("unit", metric.Unit.Text);
        w.WriteString("kind", m.Kind.ToString().ToLowerInvariant());
        w.Text("owner", metric.Owner);
        w.Text("formula", metric.Formula?.Text);
        w.Number("target", m.Target);
        w.Text("target_source", m.Source?.ToString().ToLowerInvariant());
        w.Number("planned", m.PlannedValue);
        w.Number("gap", m.Gap);
        w.Number("value", metric.Value);
        w.WriteString("direction", metric.Direction.ToString().ToLowerInvariant());
        w.Text("deadline", m.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.Text("derivation", Explain.Step(result, m, language));
        if (m.Coverage is not null) w.Number("coverage", m.Coverage);
        if (m.Smart is { } s)
        {
            w.WritePropertyName("smart");
            w.WriteStartObject();
            w.WriteBoolean("specific", s.Specific);
            w.WriteBoolean("measurable", s.Measurable);
            w.WriteBoolean("achievable", s.Achievable);
            w.WriteBoolean("relevant", s.Relevant);
            w.WriteBoolean("time_bound", s.TimeBound);
            w.WriteEndObject();
        }
        if (!m.Shape.IsScalar)
        {
            w.WriteString("dimensions", m.Shape.ToString());
            w.WriteNumber("members", m.Shape.Size);
        }
        w.WriteEndObject();
    }

    static void WriteAction(Utf8JsonWriter w, ActionResult a)
    {
        var action = a.Action;
        w.WriteStartObject();
        w.WriteString("id", action.Id);
        w.Text("name", action.Name);
        w.Text("owner", action.Owner);
        w.WriteString("drives", action.Drives);
        w.Number("per_unit", action.PerUnit);
        w.Number("volume", a.Volume);
        w.Text("volume_source", a.VolumeSource?.ToString().ToLowerInvariant());
        w.Number("coverage", a.Coverage);
        w.Number("capacity", a.Capacity);
        w.Number("load", a.Load);
        w.Number("share", action.Share);
        w.Number("per_person_per_day", a.PerPersonPerDay);
        w.Number("per_person_needed", a.PerPersonNeeded);
        w.Text("per", a.Action.Capacity?.Per.ToString().ToLowerInvariant());
        w.Text("due", action.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("unit", action.Unit.Text);
        // The team extension's fields appear only when the plan uses them, so v1 output stays as it was.
        if (action.Team is not null) w.WriteString("team", action.Team);
        if (action.HoursPerUnit is { } h) w.Number("hours_per_unit", h);
        if (action.CostPerUnit is { } c) w.Number("cost_per_unit", c);
        if (action.Min is { } min) w.Number("min", min);
        if (action.Max is { } max) w.Number("max", max);
        w.WriteEndObject();
    }

    static void WriteTeam(Utf8JsonWriter w, TeamLoad t)
    {
        w.WriteStartObject();
        w.WriteString("id", t.Id);
        w.Text("name", t.Team.Name);
        w.Number("people", t.Team.HeadCount);
        w.Number("hours", t.Hours);
        w.Number("available", t.Available);
        w.Number("load", t.Load);
        w.Number("hours_per_person_per_day", t.HoursPerPersonPerDay);
        w.WritePropertyName("actions");
        w.WriteStartArray();
        foreach (var p in t.Parts)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Action.Id);
            w.Number("hours", p.Hours);
            w.Number("share", p.Hours is { } h && t.Hours is { } all && all != 0 ? h / all : null);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
