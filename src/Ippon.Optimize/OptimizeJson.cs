using System.Text.Json;
using Ippon.Numbers;
using Ippon.Reporting;

namespace Ippon.Optimize;

/// <summary>The JSON of <c>ippon optimize --json</c> and of the API's optimize endpoint: the current and the optimal mix, the teams, the fixes.</summary>
public static class OptimizeJson
{
    public static string Serialize(OptimizeResult r, Language language) => Json.Write(w => Write(w, r, language));

    public static void Write(Utf8JsonWriter w, OptimizeResult r, Language language)
    {
        w.WriteStartObject();
        w.WriteString("plan", r.Plan.Title);
        w.WriteString("objective", r.Objective.ToString().ToLowerInvariant());
        w.Number("budget", r.Budget);
        w.WriteString("status", r.Status.ToString().ToLowerInvariant());
        w.Text("error", r.Error?.In(language));
        w.WritePropertyName("actions");
        w.WriteStartArray();
        foreach (var l in r.Lines)
        {
            w.WriteStartObject();
            w.WriteString("id", l.Action.Id);
            w.WriteString("name", l.Action.Label);
            w.Text("team", l.Action.Team);
            w.Number("current", l.Current);
            w.Number("optimal", l.Optimal);
            w.Number("cost_per_unit", l.Action.CostPerUnit);
            w.Number("hours_per_unit", l.Action.HoursPerUnit);
            w.Number("current_cost", l.CurrentCost);
            w.Number("optimal_cost", l.OptimalCost);
            w.Number("current_hours", l.CurrentHours);
            w.Number("optimal_hours", l.OptimalHours);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("teams");
        w.WriteStartArray();
        foreach (var t in r.Teams)
        {
            w.WriteStartObject();
            w.WriteString("id", t.Team.Id);
            w.Number("available", t.Available);
            w.Number("current_hours", t.Current);
            w.Number("optimal_hours", t.Optimal);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("totals");
        w.WriteStartObject();
        w.Number("current_cost", r.CurrentCost);
        w.Number("optimal_cost", r.OptimalCost);
        w.Number("current_hours", r.CurrentHours);
        w.Number("optimal_hours", r.OptimalHours);
        w.Number("current_kgi", r.CurrentKgi);
        w.Number("optimal_kgi", r.OptimalKgi);
        w.WriteEndObject();
        w.WritePropertyName("fixes");
        w.WriteStartArray();
        foreach (var f in r.Fixes)
        {
            w.WriteStartObject();
            w.WriteString("kind", f.Kind);
            w.WriteString("subject", f.Subject);
            w.Number("from", f.From);
            w.Number("to", f.To);
            if (f.ExtraHours.Count > 0)
            {
                w.WritePropertyName("extra_hours");
                w.WriteStartObject();
                foreach (var (team, hours) in f.ExtraHours) w.Number(team, hours);
                w.WriteEndObject();
            }
            w.WriteString("sentence", f.Sentence.In(language));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.Text("summary", OptimizeSummary.Of(r).In(language));
        w.WriteEndObject();
    }
}
