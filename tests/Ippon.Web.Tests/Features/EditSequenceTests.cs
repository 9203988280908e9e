using CsCheck;
using Ippon.Plans;
using Ippon.Web.Features.Authoring;
using Ippon.Web.Features.Edits;
using Ippon.Web.Features.Scenarios;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Tests.Features;

/// <summary>
/// Integrity of the page's edit path: any sequence of structural edits (delete with or without its references, move
/// by a new formula or under another parent, rename, actions added and removed, scenarios set and removed, the CRM
/// mapping's stages and amount changed, removed or cleared, regions and reps added, renamed, moved and removed, the reps CSV imported) on the sample plan — whose
/// <c>crm:</c> section and stretch scenario name its metrics — ends in a plan whose text reopens.
/// </summary>
public sealed class EditSequenceTests
{
    // One edit as the page makes it: which kind, which metric/action (by index into the current draft), and a choice.
    sealed record Step(int Kind, int Index, int Other, int Choice);

    static readonly string[] Names = ["受注数", "商談数", "リード数", "新規売上", "売上", "架電数", "率", "単価", "orders"];

    static readonly string[] Members = ["東京", "大阪", "田中", "佐藤", "高橋", "名古屋", "鈴木"];

    static readonly Gen<Step> GenStep = Gen.Select(Gen.Int[0, 17], Gen.Int[0, 50], Gen.Int[0, 50], Gen.Int[0, 8], (k, i, o, c) => new Step(k, i, o, c));

    [Fact]
    public void RandomEditSequences_OnTheSamplePlan_EveryAcceptedEditReopens()
    {
        var start = PlanText.Parse(Templates()).Plan!;
        Assert.NotEmpty(start.Crm!.Stages);
        GenStep.Array[1, 25].Sample(steps =>
        {
            var (stored, first) = Ippon.Storage.StoredPlan.Create(start.Title, "plan: x", "test", "seed", DateTime.UnixEpoch);
            var session = new EditSession(new LoadedPlan(stored, first, start));
            var trail = new List<string>();
            foreach (var step in steps)
            {
                var (what, edit) = Edit(session.Draft, step);
                var result = session.Apply(edit);
                trail.Add($"{what}: {(result.Ok ? "applied" : "refused")}");
                var file = PlanText.Written(session.Draft);
                Assert.True(file.Ok, string.Join("\n", trail) + "\n→ does not reopen: " + (file.Ok ? "" : string.Join("; ", file.Failure.Errors.Select(e => e.Message.In(Ippon.Numbers.Language.En)))));
                // What reopens writes the same text again: nothing is lost on the way through the file.
                Assert.Equal(file.Value.Text, PlanText.Written(file.Value.Plan).Value!.Text);
            }
        }, iter: 150);
    }

    static (string What, Func<Plan, Outcome<Plan>> Edit) Edit(Plan plan, Step s)
    {
        var metrics = plan.Metrics;
        var metric = metrics.IsEmpty ? null : metrics[s.Index % metrics.Length];
        var other = metrics.IsEmpty ? null : metrics[s.Other % metrics.Length];
        var action = plan.Actions.IsEmpty ? null : plan.Actions[s.Index % plan.Actions.Length];
        switch (s.Kind)
        {
            case 0 when metric is not null:
                return ($"delete {metric.Id} (cascade {s.Choice % 2 == 0})", p => RemoveMetric.Apply(p, metric.Id, cascade: s.Choice % 2 == 0));
            case 1 when metric is not null:
                return ($"rename {metric.Id} to {Names[s.Choice]}", p => EditMetric.Apply(p, metric.Id, new EditMetric.Changes { Name = Names[s.Choice] }));
            case 2 when metric is not null && other is not null:
                // Moving a metric under another: its formula now names the other by its name, as people type it.
                var formula = s.Choice % 3 == 0 ? $"{other.Label} * 2" : s.Choice % 3 == 1 ? $"{other.Label} + {metrics[(s.Other + 1) % metrics.Length].Label}" : "";
                return ($"formula of {metric.Id} = '{formula}'", p => EditMetric.Apply(p, metric.Id, new EditMetric.Changes { Formula = formula, Value = formula.Length == 0 ? "100" : null }));
            case 3 when action is not null:
                return ($"remove action {action.Id}", p => RemoveAction.Apply(p, action.Id));
            case 4 when metric is not null:
                return ($"add an action driving {metric.Id}", p => AddAction.Apply(p, metric.Id, new EditAction.Changes { Name = "訪問", PerUnit = "10%", Volume = s.Choice % 2 == 0 ? "100" : null }));
            case 5 when metric is not null:
                return ($"scenario s{s.Choice % 3} sets {metric.Id}", p => EditScenario.Apply(p, p.FindScenario($"s{s.Choice % 3}") is null ? null : $"s{s.Choice % 3}", $"s{s.Choice % 3}", null,
                    [new EditScenario.Row(metric.Id, s.Choice % 2 == 0 ? "123" : null, s.Choice % 2 == 0 ? null : "456")]));
            case 6 when !plan.Scenarios.IsEmpty:
                var scenario = plan.Scenarios[s.Index % plan.Scenarios.Length].Name;
                return ($"remove scenario {scenario}", p => EditScenario.Remove(p, scenario));
            case 7:
                return ($"add metric {Names[s.Choice]}", p => AddMetric.Apply(p, new AddMetric.Request(null, Names[s.Choice], s.Choice % 2 == 0 ? "kpi" : null, null,
                    other is null || s.Choice % 3 == 0 ? null : $"{other.Label} * 3", other is null || s.Choice % 3 == 0 ? "10" : null, null)));
            case 8 when metric is not null && other is not null:
                // Moving under another parent in the tree (MoveMetric): refused for cycles and non-terms, else both formulas change.
                return ($"move {metric.Id} under {other.Id}", p => MoveMetric.Apply(p, metric.Id, other.Id));
            case 9 when metric is not null:
                // The CRM form: a stage counting toward the metric (added or changed), the amount going to it now and then.
                var crm = EditCrm.Of(plan);
                var stage = $"段階{s.Choice % 3}";
                var rows = crm.Stages.Where(r => r.Stage != stage).Append(new EditCrm.Row(stage, [metric.Id])).ToList();
                var form = (crm.IsEmpty ? new EditCrm.Form { DateColumn = "日付", StageColumn = "ステージ" } : crm) with { Stages = rows };
                if (s.Choice % 2 == 0) form = form with { AmountColumn = "金額", AmountMetric = metric.Id, AmountStages = stage };
                return ($"crm stage {stage} counts {metric.Id}{(s.Choice % 2 == 0 ? " (and its amount)" : "")}", p => EditCrm.Apply(p, form));
            case 10 when plan.Crm is not null:
                // The CRM form: a stage taken out, or (every third time) the whole mapping cleared.
                var current = EditCrm.Of(plan);
                var gone = current.Stages[s.Index % current.Stages.Count].Stage;
                var left = s.Choice % 3 == 0 ? new EditCrm.Form() : current with
                {
                    Stages = [.. current.Stages.Where(r => r.Stage != gone)],
                    AmountStages = string.Join(", ", (current.AmountStages ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(x => x != gone)),
                };
                if (left.AmountStages is "") left = left with { AmountColumn = "", AmountMetric = "", AmountStages = "" };
                return (s.Choice % 3 == 0 ? "crm cleared" : $"crm stage {gone} removed", p => EditCrm.Apply(p, left));
            case 11:
                // Regions and reps (EditDimensions): a region added, or a rep under a region (the rep dimension created with the first).
                var region = plan.FindDimension("region");
                if (region is null || s.Choice % 2 == 0) return ($"add region {Members[s.Choice % Members.Length]}", p => EditDimensions.AddMember(p, "region", Members[s.Choice % Members.Length]));
                var under = region.Members[s.Other % region.Count];
                return ($"add rep {Members[s.Index % Members.Length]} in {under}", p => EditDimensions.AddMember(p, "rep", Members[s.Index % Members.Length], under, "region"));
            case 12 when !plan.Dimensions.IsEmpty:
                var d = plan.Dimensions[s.Index % plan.Dimensions.Length];
                var from = d.Members[s.Other % d.Count];
                return ($"rename {d.Name} {from} to {Members[s.Choice % Members.Length]}", p => EditDimensions.RenameMember(p, d.Name, from, Members[s.Choice % Members.Length], s.Choice == 8 ? [from] : null));
            case 13 when !plan.Dimensions.IsEmpty:
                var dim = plan.Dimensions[s.Index % plan.Dimensions.Length];
                var member = dim.Members[s.Other % dim.Count];
                return ($"remove {dim.Name} {member} (cascade {s.Choice % 2 == 0})", p => EditDimensions.RemoveMember(p, dim.Name, member, null, cascade: s.Choice % 2 == 0));
            case 14 when plan.FindDimension("rep") is { Parent: { } parent } rep:
                var who = rep.Members[s.Index % rep.Count];
                var to = parent.Members[s.Other % parent.Count];
                return ($"move rep {who} to {to}", p => EditDimensions.MoveMember(p, "rep", who, to));
            case 15 when !plan.Dimensions.IsEmpty:
                var gone2 = plan.Dimensions[s.Index % plan.Dimensions.Length].Name;
                return ($"remove dimension {gone2}", p => EditDimensions.RemoveDimension(p, gone2));
            case 16 when plan.FindDimension("region") is { } regions:
                // The reps CSV (ImportMembers): some reps in some regions, now and then with a column of a metric's values.
                var reps = Members.Where((_, i) => ((s.Index + s.Other) >> (i % 5) & 1) == 1).Distinct().ToList();
                var column = metric is not null && s.Choice % 3 == 0 ? metric.Id : null;
                var csv = $"rep,region{(column is null ? "" : "," + column)}\n" + string.Concat(reps.Select((r, i) => $"{r},{regions.Members[(s.Other + i) % regions.Count]}{(column is null ? "" : ",10")}\n"));
                return ($"reps CSV: {csv.ReplaceLineEndings(" | ")}", p =>
                {
                    var import = ImportMembers.Read(p, "rep", csv, "reps.csv", "region");
                    return import.Ok ? import.Value.Plan : import.Failure;
                });
            default:
                return ("nothing", p => p);
        }
    }

    static string Templates() => Ippon.Web.Features.Plans.Templates.Text("sales-100m")!;
}
