using System.Text.Json;
using Ippon.Checks;
using Ippon.Comparison;
using Ippon.Numbers;

namespace Ippon.Reporting;

/// <summary>The JSON of <c>ippon compare --json</c>: every metric's target and planned value per scenario, and the KPIs next to their OKR stretches.</summary>
public static class CompareJson
{
    public static string Serialize(ScenarioComparison comparison, Language language) => Json.Write(w => Write(w, comparison, language));

    public static void Write(Utf8JsonWriter w, ScenarioComparison c, Language language)
    {
        w.WriteStartObject();
        w.WriteString("plan", c.Plan.Title);
        w.WritePropertyName("scenarios");
        w.WriteStartArray();
        foreach (var s in c.Scenarios)
        {
            w.WriteStartObject();
            w.WriteString("name", s.Name);
            w.Text("description", s.Description);
            w.WriteBoolean("base", s.IsBase);
            w.WriteNumber("errors", s.Result.Findings.Count(f => f.Severity == Severity.Error));
            w.WriteNumber("warnings", s.Result.Findings.Count(f => f.Severity == Severity.Warning));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("metrics");
        w.WriteStartArray();
        var first = c.Scenarios[0].Result;
        foreach (var m in first.Metrics)
        {
            w.WriteStartObject();
            w.WriteString("id", m.Id);
            w.Text("name", m.Metric.Name);
            w.Text("role", m.Metric.Role?.ToString().ToLowerInvariant());
            w.WriteString("unit", m.Metric.Unit.Text);
            w.WritePropertyName("scenarios");
            w.WriteStartObject();
            foreach (var s in c.Scenarios)
            {
                var r = s.Result.Metrics[m.Index];
                w.WritePropertyName(s.Name);
                w.WriteStartObject();
                w.Number("target", r.Target);
                w.Number("planned", r.PlannedValue);
                w.Number("gap", r.Gap);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("okr");
        w.WriteStartArray();
        foreach (var g in c.Stretches)
        {
            w.WriteStartObject();
            w.WriteString("scenario", g.Scenario);
            w.WriteString("metric", g.Metric);
            w.Number("must_hit", g.MustHit);
            w.Number("try_for", g.TryFor);
            w.Number("kgi_base", g.KgiBase);
            w.Number("kgi_stretch", g.KgiStretch);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("findings");
        w.WriteStartArray();
        foreach (var s in c.Scenarios)
        {
            foreach (var f in s.Result.Findings)
            {
                w.WriteStartObject();
                w.WriteString("scenario", s.Name);
                w.WriteString("rule", f.Rule.Id);
                w.WriteString("severity", f.Severity == Severity.Error ? "error" : "warning");
                w.WriteString("subject", f.Subject);
                w.WriteString("message", f.Message.In(language));
                w.WriteEndObject();
            }
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
