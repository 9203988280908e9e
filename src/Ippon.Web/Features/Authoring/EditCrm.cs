using System.Collections.Immutable;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Web.Features.Edits;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Authoring;

/// <summary>
/// The plan's CRM mapping (<c>crm:</c>, how a CRM export is read as actuals) as a form: the date and stage columns,
/// each stage and the metrics a row in it counts toward (受注 → リード数, 商談数, 新規受注数), the stages left out, and
/// the amount column with the metric it adds to. An empty form removes the mapping.
/// </summary>
public static class EditCrm
{
    /// <summary>One stage and the ids of the metrics a row in it counts toward.</summary>
    public sealed record Row(string? Stage, IReadOnlyList<string> Metrics);

    /// <summary>The mapping as typed; lists of stages are written with commas (受注, 失注).</summary>
    public sealed record Form
    {
        public string? DateColumn { get; init; }
        public string? StageColumn { get; init; }
        public IReadOnlyList<Row> Stages { get; init; } = [];
        public string? Ignore { get; init; }
        public string? AmountColumn { get; init; }
        public string? AmountMetric { get; init; }
        public string? AmountStages { get; init; }

        /// <summary>True when nothing is filled in: the plan has no CRM mapping.</summary>
        public bool IsEmpty =>
            Blank(DateColumn) && Blank(StageColumn) && Blank(Ignore) && Blank(AmountColumn) && Blank(AmountMetric) && Blank(AmountStages)
            && Stages.All(r => Blank(r.Stage) && r.Metrics.Count == 0);
    }

    /// <summary>The plan's mapping as the form shows it (an empty form when there is none).</summary>
    public static Form Of(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Crm is not { } crm) return new Form();
        return new Form
        {
            DateColumn = crm.DateColumn,
            StageColumn = crm.StageColumn,
            Stages = [.. crm.Stages.Select(s => new Row(s.Name, [.. s.Metrics]))],
            Ignore = string.Join(", ", crm.Ignore),
            AmountColumn = crm.AmountColumn,
            AmountMetric = crm.AmountMetric,
            AmountStages = string.Join(", ", crm.AmountStages),
        };
    }

    /// <summary>The plan with the mapping of <paramref name="form"/>, or every field that is wrong (each under its name: <c>crm.stages[1].metrics</c>).</summary>
    public static Outcome<Plan> Apply(Plan plan, Form form)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(form);
        if (form.IsEmpty) return PlanText.Check(plan with { Crm = null });
        var errors = new List<FieldError>();
        var date = Column(form.DateColumn, "crm.date", "日付", "the date", errors);
        var stageColumn = Column(form.StageColumn, "crm.stage", "ステージ", "the stage", errors);
        var stages = ImmutableArray.CreateBuilder<CrmStage>();
        for (var i = 0; i < form.Stages.Count; i++)
        {
            var row = form.Stages[i];
            var name = EditMetric.Text(row.Stage ?? "", $"crm.stages[{i}].name", errors);
            if (name is null && row.Metrics.Count == 0) continue; // an empty row is no stage
            if (name is null)
            {
                if (!errors.Any(e => e.Field == $"crm.stages[{i}].name"))
                    errors.Add(new FieldError($"crm.stages[{i}].name", new Message("ステージ名を入れてください", "give the stage a name")));
                continue;
            }
            if (stages.Any(s => s.Name == name))
                errors.Add(new FieldError($"crm.stages[{i}].name", new Message($"ステージ {name} が2回あります", $"the stage {name} is there twice")));
            var ids = new List<string>();
            foreach (var metric in row.Metrics)
            {
                if (MetricId(plan, metric) is { } id) ids.Add(id);
                else errors.Add(new FieldError($"crm.stages[{i}].metrics", new Message($"'{NumberText.Clip(metric)}' という指標はありません", $"no metric '{NumberText.Clip(metric)}'")));
            }
            if (row.Metrics.Count == 0)
                errors.Add(new FieldError($"crm.stages[{i}].metrics", new Message($"ステージ {name} で数える指標を1つ以上選んでください", $"choose at least one metric the stage {name} counts toward")));
            stages.Add(new CrmStage(name, [.. ids.Distinct(StringComparer.Ordinal)]));
        }
        if (stages.Count == 0 && !errors.Any(e => e.Field.StartsWith("crm.stages", StringComparison.Ordinal)))
            errors.Add(new FieldError("crm.stages", new Message("ステージを1つ以上入れてください (例: 受注 → 新規受注数)", "give at least one stage (e.g. won → orders)")));
        var ignore = List(form.Ignore);
        foreach (var s in ignore.Where(s => stages.Any(x => x.Name == s)))
            errors.Add(new FieldError("crm.ignore", new Message($"ステージ {s} は数えるステージにも、数えないステージにもあります", $"the stage {s} is both counted and left out")));

        string? amountColumn = null, amountMetric = null;
        ImmutableArray<string> amountStages = [];
        if (!Blank(form.AmountColumn) || !Blank(form.AmountMetric) || !Blank(form.AmountStages))
        {
            amountColumn = Column(form.AmountColumn, "crm.amount.column", "金額", "the amount", errors);
            amountMetric = MetricId(plan, form.AmountMetric ?? "");
            if (amountMetric is null)
                errors.Add(new FieldError("crm.amount.to", new Message("金額を加算する指標を選んでください", "choose the metric the amounts add to")));
            amountStages = [.. List(form.AmountStages)];
            if (amountStages.IsEmpty)
                errors.Add(new FieldError("crm.amount.stages", new Message("金額を数えるステージを入れてください (例: 受注)", "give the stages whose amounts count (e.g. won)")));
            foreach (var s in amountStages.Where(s => !stages.Any(x => x.Name == s)))
                errors.Add(new FieldError("crm.amount.stages", new Message($"ステージ {s} は数えるステージにありません", $"the stage {s} is not one of the stages counted")));
        }
        if (errors.Count > 0) return Failure.Invalid([.. errors]);
        return PlanText.Check(plan with
        {
            Crm = new CrmMapping
            {
                DateColumn = date!,
                StageColumn = stageColumn!,
                Stages = stages.ToImmutable(),
                Ignore = [.. ignore],
                AmountColumn = amountColumn,
                AmountMetric = amountMetric,
                AmountStages = amountStages,
            },
        });
    }

    static string? Column(string? text, string field, string ja, string en, List<FieldError> errors)
    {
        var t = EditMetric.Text(text ?? "", field, errors);
        if (t is null && !errors.Any(e => e.Field == field))
            errors.Add(new FieldError(field, new Message($"{ja}の列名を入れてください (CRMの出力の見出し)", $"give the name of the column holding {en} (the CRM export's header)")));
        return t;
    }

    // An id, or a name people typed (新規受注数).
    static string? MetricId(Plan plan, string text)
    {
        var t = text.Trim();
        if (t.Length == 0) return null;
        if (plan.Find(t) is not null) return t;
        return MetricNames.Words(plan.Metrics).TryGetValue(t, out var id) ? id : null;
    }

    static List<string> List(string? text) =>
        [.. (text ?? "").Split([',', '、', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
}
