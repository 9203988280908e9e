using System.Globalization;
using System.Text.Json;
using Ippon.Checks;
using Ippon.Numbers;
using Ippon.Review;

namespace Ippon.Reporting;

/// <summary>The JSON of <c>ippon review --json</c>, as the contract (plan-format.md) defines it, with extra fields added.</summary>
public static class ReviewJson
{
    /// <summary>The review as JSON text; <paramref name="extraFindings"/> (warnings from reading the actuals) are listed after the review's own.</summary>
    public static string Serialize(ReviewResult review, Language language, IEnumerable<Finding>? extraFindings = null) =>
        Json.Write(w => Write(w, review, language, extraFindings ?? []));

    public static void Write(Utf8JsonWriter w, ReviewResult review, Language language, IEnumerable<Finding> extraFindings)
    {
        w.WriteStartObject();
        w.WriteString("plan", review.Plan.Title);
        w.Text("scenario", review.Baseline.Scenario);
        w.WriteString("as_of", review.AsOf.Label);
        w.WriteString("as_of_end", Date(review.AsOf.End));
        w.WritePropertyName("periods");
        w.WriteStartArray();
        foreach (var p in review.Calendar.Periods)
        {
            w.WriteStartObject();
            w.WriteString("label", p.Label);
            w.WriteString("start", Date(p.Start));
            w.WriteString("end", Date(p.End));
            w.WriteBoolean("closed", p.Index <= review.AsOf.Index);
            // Extension: the period's plan is the one before the last re-plan adopted after it closed (null: the plan as it is).
            w.Text("planned_before", review.Kept.LastOrDefault(k => p.Index <= k.Through.Index)?.Through.Label);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("metrics");
        w.WriteStartArray();
        foreach (var m in review.Metrics) WriteMetric(w, m);
        w.WriteEndArray();
        if (review.Kgi is { } k)
        {
            w.WritePropertyName("kgi");
            w.WriteStartObject();
            w.WriteString("id", k.Metric);
            w.Number("target", k.Target);
            w.Number("planned", k.Planned);
            w.Number("planned_to_date", k.PlannedToDate);
            w.Number("actual_to_date", k.ActualToDate);
            w.Number("gap_to_date", k.GapToDate);
            w.Number("forecast", k.Forecast);
            w.Number("forecast_run_rate", k.ForecastRunRate);
            w.Number("forecast_gap", k.ForecastGap);
            w.Number("pace", k.Pace);
            w.WritePropertyName("assumed_on_plan");
            w.WriteStartArray();
            foreach (var id in k.AssumedOnPlan) w.WriteStringValue(id);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WritePropertyName("act_on");
        w.WriteStartArray();
        foreach (var f in review.Focus)
        {
            w.WriteStartObject();
            w.WriteString("metric", f.Metric);
            w.Text("kpi", f.Kpi);
            w.Number("contribution", f.Contribution);
            w.Number("share", f.Share);
            w.WriteString("reason", f.Reason.In(language));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("observed");
        w.WriteStartArray();
        foreach (var o in review.Observed)
        {
            w.WriteStartObject();
            w.WriteString("metric", o.Metric);
            w.Number("assumed", review.Baseline.Metric(o.Metric)?.PlannedValue);
            w.Number("observed", o.Value);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("revisions");
        w.WriteStartArray();
        foreach (var r in review.Revisions)
        {
            w.WriteStartObject();
            w.WriteString("date", Date(r.Date));
            w.Text("period", r.Period);
            w.Text("author", r.Author);
            w.WriteString("reason", r.Reason);
            // Extension: the periods through this one kept the plan they had before it (null: the revision moved the whole horizon).
            w.Text("kept_through", review.Kept.FirstOrDefault(k => ReferenceEquals(k.Revision, r))?.Through.Label);
            w.WritePropertyName("changes");
            w.WriteStartArray();
            foreach (var c in r.Changes)
            {
                w.WriteStartObject();
                w.WriteString("metric", c.Metric);
                w.WriteString("field", c.Field);
                w.Number("from", c.From);
                w.Number("to", c.To);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("findings");
        PlanJson.WriteFindings(w, review.Findings.Concat(extraFindings), language);
        w.WriteEndObject();
    }

    static void WriteMetric(Utf8JsonWriter w, MetricReview m)
    {
        var metric = m.Metric.Metric;
        w.WriteStartObject();
        w.WriteString("id", m.Id);
        if (m.Member is not null) w.WriteString("member", m.Member);
        w.Text("name", metric.Name);
        w.Text("role", metric.Role?.ToString().ToLowerInvariant());
        w.WriteString("unit", metric.Unit.Text);
        w.WriteString("kind", m.Metric.Kind.ToString().ToLowerInvariant());
        w.WriteString("direction", metric.Direction.ToString().ToLowerInvariant());
        w.Number("planned_to_date", m.PlannedToDate);
        w.Number("actual_to_date", m.ActualToDate);
        w.Number("attainment", m.Attainment);
        w.Number("observed", m.Observed);
        w.Number("forecast", m.Forecast);
        w.Number("replanned_target", m.ReplannedTarget);
        w.Number("remaining", m.Remaining);
        w.Number("target", m.Metric.Target);
        w.Number("planned", m.Metric.PlannedValue);
        w.Number("target_to_date", m.TargetToDate);
        w.Text("actual_source", Source(m.Source));
        if (m.SolvedFrom is not null) w.WriteString("back_solved_from", m.SolvedFrom);
        w.Number("forecast_run_rate", m.ForecastRunRate);
        w.Number("kgi_contribution", m.KgiContribution);
        w.WriteString("phasing", m.Phasing.ToString().ToLowerInvariant());
        w.WritePropertyName("periods");
        w.WriteStartArray();
        foreach (var p in m.Periods)
        {
            w.WriteStartObject();
            w.WriteString("period", p.Period.Label);
            w.WriteBoolean("closed", p.Closed);
            w.Number("plan", p.Plan);
            w.Number("target", p.Target);
            w.Number("actual", p.Actual);
            w.Text("actual_source", Source(p.Source));
            w.Number("attainment", p.Attainment);
            w.Number("cumulative_plan", p.CumulativePlan);
            w.Number("cumulative_actual", p.CumulativeActual);
            w.Number("pace", p.Pace);
            w.Number("replanned", p.Replanned);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    static string? Source(ActualSource s) => s switch
    {
        ActualSource.Given => "given",
        ActualSource.Computed => "computed",
        ActualSource.Solved => "back_solved",
        _ => null,
    };

    static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
