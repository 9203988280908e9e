using System.Text.Json;
using Ippon.Numbers;
using Ippon.Reporting;

namespace Ippon.Forecast.Reporting;

/// <summary>The JSON of <c>ippon forecast --json</c> (and of the API's forecast): probabilities as fractions, landings as plain numbers.</summary>
public static class ForecastJson
{
    public static string Serialize(ForecastResult f, Language language) => Json.Write(w => Write(w, f, language));

    public static void Write(Utf8JsonWriter w, ForecastResult f, Language language)
    {
        w.WriteStartObject();
        w.WriteString("plan", f.Plan.Title);
        w.Text("scenario", f.Review.Baseline.Scenario);
        w.Text("as_of", f.AsOf?.Label);
        w.WriteNumber("trials", f.Trials);
        w.WriteNumber("seed", f.Seed);
        if (f.Kgi is { } kgi)
        {
            w.WritePropertyName("kgi");
            WriteMetric(w, kgi, withPeriods: false);
        }
        else
        {
            w.WriteNull("kgi");
        }
        w.WritePropertyName("metrics");
        w.WriteStartArray();
        foreach (var m in f.Metrics) WriteMetric(w, m, withPeriods: true);
        w.WriteEndArray();
        w.WritePropertyName("beliefs");
        w.WriteStartArray();
        foreach (var b in f.Beliefs)
        {
            w.WriteStartObject();
            w.WriteString("metric", b.Metric);
            w.WriteString("kind", b.Kind.ToString().ToLowerInvariant());
            w.WriteString("basis", b.Basis);
            w.WritePropertyName("prior");
            WriteSpread(w, b.Prior);
            Number(w, "observed", b.Observed);
            Number(w, "successes", b.Successes);
            Number(w, "count", b.Count);
            w.WritePropertyName("posterior");
            WriteSpread(w, b.Posterior);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("contributions");
        w.WriteStartArray();
        foreach (var c in f.Contributions)
        {
            w.WriteStartObject();
            w.WriteString("source", c.Source);
            w.WriteNumber("share", Math.Round(c.Share, 4));
            w.WriteNumber("std_dev", Math.Round(c.StdDev, 4));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (f.AtConfidence is { } at)
        {
            w.WritePropertyName("confidence");
            WriteConfidence(w, at, language);
        }
        else
        {
            w.WriteNull("confidence");
        }
        w.WritePropertyName("findings");
        PlanJson.WriteFindings(w, f.Findings, language);
        w.WriteEndObject();
    }

    static void WriteMetric(Utf8JsonWriter w, MetricForecast m, bool withPeriods)
    {
        w.WriteStartObject();
        w.WriteString("id", m.Id);
        w.Text("name", m.Metric.Metric.Name);
        w.Text("role", m.Metric.Metric.Role?.ToString().ToLowerInvariant());
        w.WriteString("unit", m.Metric.Metric.Unit.Text);
        w.WriteString("kind", m.Metric.Kind.ToString().ToLowerInvariant());
        w.Number("target", m.Target);
        Number(w, "expected", m.Expected);
        Number(w, "probability", m.Probability);
        Number(w, "probability_error", m.ProbabilityError is { } e ? Math.Round(e, 6) : null);
        if (m.ProbabilityExact)
        {
            // The closed form (a single binomial stage); the simulation's own frequency beside it.
            w.WriteBoolean("probability_exact", true);
            Number(w, "simulated_probability", m.SimulatedProbability);
        }
        w.WritePropertyName("landing");
        WriteSpread(w, m.Landing);
        if (withPeriods)
        {
            w.WritePropertyName("periods");
            w.WriteStartArray();
            foreach (var p in m.Periods)
            {
                w.WriteStartObject();
                w.WriteString("label", p.Period.Label);
                w.WriteBoolean("observed", p.Observed);
                w.WriteNumber("mean", Clean(p.Band.Mean));
                w.WriteNumber("p10", Clean(p.Band.P10));
                w.WriteNumber("p50", Clean(p.Band.P50));
                w.WriteNumber("p90", Clean(p.Band.P90));
                w.WritePropertyName("to_date");
                WriteSpread(w, p.Cumulative);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    static void WriteConfidence(Utf8JsonWriter w, ConfidencePlan at, Language language)
    {
        w.WriteStartObject();
        w.WriteNumber("level", at.Level);
        w.WriteString("lever", at.Lever);
        w.Number("baseline_lever", at.BaselineLever);
        w.WriteNumber("baseline_probability", at.BaselineProbability);
        w.Number("lever_target", at.LeverTarget);
        w.WriteNumber("probability", at.Probability);
        w.WriteBoolean("reached", at.Reached);
        w.Number("planning_target", at.PlanningTarget);
        w.WritePropertyName("targets");
        w.WriteStartArray();
        foreach (var m in at.Plan.Metrics.Where(m => m.Metric.Role is not null || m.Metric.Formula is not null))
        {
            w.WriteStartObject();
            w.WriteString("id", m.Id);
            w.Number("target", m.Target);
            w.Number("planned", m.PlannedValue);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("actions");
        w.WriteStartArray();
        foreach (var a in at.Plan.Actions)
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            w.Number("volume", a.Volume);
            w.Number("capacity", a.Capacity);
            w.Number("load", a.Load is { } l ? Math.Round(l, 4) : null);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("findings");
        PlanJson.WriteFindings(w, at.NewFindings, language);
        w.WriteEndObject();
    }

    static void WriteSpread(Utf8JsonWriter w, Spread s)
    {
        w.WriteStartObject();
        w.WriteNumber("mean", Clean(s.Mean));
        w.WriteNumber("std_dev", Clean(s.StdDev));
        w.WriteNumber("p10", Clean(s.P10));
        w.WriteNumber("p50", Clean(s.P50));
        w.WriteNumber("p90", Clean(s.P90));
        w.WriteEndObject();
    }

    static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v)) w.WriteNumber(name, Clean(v));
        else w.WriteNull(name);
    }

    // Twelve significant digits: a simulated mean of 94068880.00000009 is written 94068880.
    static double Clean(double v) => double.IsFinite(v) ? double.Parse(v.ToString("G12", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture) : 0;
}
