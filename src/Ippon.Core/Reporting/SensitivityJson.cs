using System.Text.Json;
using Ippon.Numbers;
using Ippon.Sensitivity;

namespace Ippon.Reporting;

/// <summary>The JSON of <c>ippon sensitivity --json</c>: the tornado's data, largest swing first.</summary>
public static class SensitivityJson
{
    public static string Serialize(SensitivityResult result, Language language) => Json.Write(w => Write(w, result, language));

    public static void Write(Utf8JsonWriter w, SensitivityResult r, Language language)
    {
        w.WriteStartObject();
        w.WriteString("plan", r.Baseline.Plan.Title);
        w.Text("scenario", r.Baseline.Scenario);
        w.Text("kgi", r.Kgi?.Id);
        w.Number("kgi_planned", r.Kgi?.PlannedValue);
        w.Number("step", r.Step);
        w.WritePropertyName("factors");
        w.WriteStartArray();
        var rank = 0;
        foreach (var f in r.Factors)
        {
            w.WriteStartObject();
            w.WriteNumber("rank", ++rank);
            w.WriteString("id", f.Id);
            w.Text("name", f.Metric.Name);
            w.Text("role", f.Metric.Role?.ToString().ToLowerInvariant());
            w.WriteString("unit", f.Metric.Unit.Text);
            w.Number("baseline", f.Baseline);
            w.Number("low", f.Low);
            w.Number("high", f.High);
            w.Number("kgi_low", f.KgiLow);
            w.Number("kgi_high", f.KgiHigh);
            w.Number("effect_low", f.EffectLow);
            w.Number("effect_high", f.EffectHigh);
            w.Number("swing", f.Swing);
            w.Number("elasticity", f.Elasticity);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("findings");
        PlanJson.WriteFindings(w, r.Baseline.Findings, language);
        w.WriteEndObject();
    }
}
