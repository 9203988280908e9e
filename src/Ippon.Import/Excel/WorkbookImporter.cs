using System.Collections.Immutable;
using System.Globalization;
using Ippon.Files;
using Ippon.Files.Plans;
using Ippon.Inputs;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Export.Excel;
using L = Ippon.Export.Excel.WorkbookLayout;

namespace Ippon.Import.Excel;

/// <summary>Reads a workbook back into a plan: an Ippon workbook (its sheets and columns), or a simple table of metric and formula.</summary>
/// <remarks>
/// From an Ippon workbook the importer takes the metrics from the tree sheet (id, layer, name, the Ippon formula in the
/// Formula column, unit, owner, deadline, note), their values and explicit targets from the inputs sheet (so an
/// assumption changed in Excel comes back), the actions, the plan's title and horizon, the scenarios and the
/// revisions. The cells' Excel formulas are derived and are not read back.
/// </remarks>
public static partial class WorkbookImporter
{
    /// <summary>Reads <paramref name="path"/>; the result holds the plan or every error found, each naming its sheet and cell.</summary>
    public static PlanReadResult Import(string path) => Import(WorkbookReader.Open(path), Path.GetFileName(path));

    /// <summary>Reads a workbook uploaded as <paramref name="content"/>; <paramref name="fileName"/> (the user's) names it in every message.</summary>
    public static PlanReadResult Import(Stream content, string fileName) => Import(WorkbookReader.Open(content, fileName), fileName);

    static PlanReadResult Import(ParseResult<WorkbookReader> opened, string file)
    {
        if (!opened.Success) return new(null, [.. opened.Errors.Select(e => new InputError(file, 0, 0, e.Message))]);
        var workbook = opened.Value;
        var planSheet = workbook.Sheets.FirstOrDefault(s => L.Plan.Matches(s.Name));
        var tree = workbook.Sheets.FirstOrDefault(s => L.Tree.Matches(s.Name));
        if (planSheet is not null && tree is not null) return new Reader(file, workbook).Read(planSheet, tree);
        return TableImporter.Import(file, workbook);
    }

    internal static PlanReadResult Fail(string file, Message message) => new(null, [new InputError(file, 0, 0, message)]);

    sealed class Reader(string file, WorkbookReader workbook)
    {
        readonly List<InputError> _errors = [];

        void Error(Message m) => _errors.Add(new InputError(file, 0, 0, m));

        T? Take<T>(ParseResult<T> read)
        {
            foreach (var e in read.Errors) Error(e.Message);
            return read.Value;
        }

        public PlanReadResult Read(SheetCells planSheet, SheetCells treeSheet)
        {
            var info = TableReader.Find(planSheet, L.Plan);
            var tree = TableReader.Find(treeSheet, L.Tree);
            if (info is null || tree is null)
                return Fail(file, new Message($"{file}: 「計画」または「ツリー」シートに見出し行がありません", $"{file}: the Plan or Tree sheet has no header row"));

            var pairs = new Dictionary<string, (string? Text, decimal? Number, int Row)>();
            foreach (var row in info.Rows("key"))
                pairs[info.Text(row, "key")!] = (info.Text(row, "value"), info.Cell(row, "value")?.Number, row);
            string? Get(string key) => pairs.TryGetValue(key, out var p) ? p.Text : null;

            var title = Get("plan");
            if (title is null) Error(new Message($"{planSheet.Name}: キー plan (計画名) がありません", $"{planSheet.Name}: the key plan (the title) is missing"));
            var plan = new Plan { Title = title ?? "", Vision = Get("vision"), Author = Get("author"), Currency = Get("currency") ?? "JPY" };
            if (Get("horizon.start") is { } start && Get("horizon.end") is { } end)
            {
                var period = (Get("horizon.period") ?? "quarter").ToLowerInvariant() switch
                {
                    "month" => PeriodKind.Month,
                    "half" => PeriodKind.Half,
                    "year" => PeriodKind.Year,
                    _ => PeriodKind.Quarter,
                };
                if (TryDate(start, out var s) && TryDate(end, out var e)) plan = plan with { Horizon = new Horizon(s, e, period) };
                else Error(new Message($"{planSheet.Name}: horizon.start / horizon.end は 2026-04-01 の形で書いてください", $"{planSheet.Name}: write horizon.start and horizon.end as 2026-04-01"));
            }
            if (pairs.TryGetValue("checks.max_kpis_per_owner", out var max) && (max.Number ?? NumberText.ParseOrNull(max.Text)) is { } m)
                plan = plan with { Checks = new CheckSettings { MaxKpisPerOwner = (int)m } };

            if (Get("phasing") is { } phasing)
            {
                var weights = ListCell.Read(phasing).Select(NumberText.ParseOrNull).ToList();
                if (weights.Any(w => w is null)) Error(new Message($"{planSheet.Name}: phasing は数値をカンマで区切って書いてください (例: 1, 2, 3, 4)", $"{planSheet.Name}: write phasing as numbers separated by commas (e.g. 1, 2, 3, 4)"));
                else plan = plan with { Phasing = [.. weights.Select(w => w!.Value)] };
            }
            if (Get("crm.date") is { } date && Get("crm.stage") is { } stage)
            {
                // Stages in the order of their rows on the sheet.
                var stages = pairs.Where(p => p.Key.StartsWith("crm.stages.", StringComparison.Ordinal)).OrderBy(p => p.Value.Row)
                    .Select(p => new CrmStage(p.Key["crm.stages.".Length..], [.. ListCell.Read(p.Value.Text)])).ToImmutableArray();
                plan = plan with
                {
                    Crm = new CrmMapping
                    {
                        DateColumn = date,
                        StageColumn = stage,
                        Stages = stages,
                        Ignore = [.. ListCell.Read(Get("crm.ignore"))],
                        AmountColumn = Get("crm.amount.column"),
                        AmountMetric = Get("crm.amount.to"),
                        AmountStages = [.. ListCell.Read(Get("crm.amount.stages"))],
                    },
                };
            }

            var metrics = Metrics(tree);
            Inputs(metrics);
            plan = plan with
            {
                Metrics = [.. metrics.Values],
                Actions = Actions(),
                Scenarios = Scenarios(),
                Revisions = Revisions(),
            };
            return _errors.Count > 0 ? new PlanReadResult(null, [.. _errors]) : new PlanReadResult(plan, []);
        }

        static bool TryDate(string text, out DateOnly date)
        {
            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2_958_466)
            {
                date = DateOnly.FromDateTime(DateTime.FromOADate((double)serial));
                return true;
            }
            return DateText.TryParse(text, out date);
        }

        Dictionary<string, Metric> Metrics(TableReader t)
        {
            var metrics = new Dictionary<string, Metric>();
            foreach (var row in t.Rows("id"))
            {
                var id = t.Text(row, "id")!;
                if (!Id(id, t.Where(row, "id")) || !Unique(metrics, id, t.Where(row, "id"))) continue;
                Formula? formula = null;
                if (t.Text(row, "formula") is { } text)
                {
                    var parsed = Formula.Parse(text);
                    foreach (var syntax in parsed.Errors) Error(new Message($"{t.Where(row, "formula")}: 式 '{text}' を読めません: {syntax.Message.In(Language.Ja)}", $"{t.Where(row, "formula")}: cannot read the formula '{text}': {syntax.Message.In(Language.En)}"));
                    formula = parsed.Value;
                }
                var phasing = ImmutableArray<decimal>.Empty;
                if (t.Text(row, "phasing") is { } ph)
                {
                    var parts = ph.Split([',', '、', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    var values = parts.Select(NumberText.ParseOrNull).ToList();
                    if (values.Any(v => v is null)) Error(new Message($"{t.Where(row, "phasing")}: 期間配分は数値をカンマで区切って書いてください (例: 1, 2, 3, 4)", $"{t.Where(row, "phasing")}: write the phasing as numbers separated by commas (e.g. 1, 2, 3, 4)"));
                    else phasing = [.. values.Select(v => v!.Value)];
                }
                metrics[id] = new Metric
                {
                    Id = id,
                    Name = Take(t.Name(row)),
                    Role = Role(t.Text(row, "layer")),
                    Formula = formula,
                    Unit = t.Text(row, "unit") is { } u ? Unit.Parse(u) : Unit.Number,
                    Kind = t.Text(row, "kind")?.ToLowerInvariant() switch
                    {
                        "quantity" or "量" => MetricKind.Quantity,
                        "quality" or "質" => MetricKind.Quality,
                        _ => null,
                    },
                    Direction = t.Text(row, "direction")?.ToLowerInvariant() is "down" or "下" ? Direction.Down : Direction.Up,
                    Owner = t.Text(row, "owner"),
                    Deadline = Take(t.Date(row, "deadline")),
                    Phasing = phasing,
                    Note = t.Text(row, "note"),
                };
            }
            return metrics;
        }

        static MetricRole? Role(string? layer) => layer?.ToUpperInvariant() switch
        {
            "KGI" => MetricRole.Kgi,
            "KSF" => MetricRole.Ksf,
            "KPI" => MetricRole.Kpi,
            _ => null,
        };

        // Values and explicit targets come from the inputs sheet; a row for an id the tree does not list adds an assumption.
        void Inputs(Dictionary<string, Metric> metrics)
        {
            if (workbook.Sheets.FirstOrDefault(s => L.Inputs.Matches(s.Name)) is not { } sheet || TableReader.Find(sheet, L.Inputs) is not { } t) return;
            foreach (var row in t.Rows("id"))
            {
                var id = t.Text(row, "id")!;
                if (!Id(id, t.Where(row, "id"))) continue;
                var value = Take(t.Number(row, "value"));
                var target = Take(t.Number(row, "target"));
                if (metrics.TryGetValue(id, out var m))
                {
                    metrics[id] = m with { Value = value, Target = target };
                }
                else
                {
                    metrics[id] = new Metric
                    {
                        Id = id,
                        Name = Take(t.Name(row)),
                        Role = Role(t.Text(row, "layer")),
                        Value = value,
                        Target = target,
                        Unit = t.Text(row, "unit") is { } u ? Unit.Parse(u) : Unit.Number,
                    };
                }
            }
        }

        ImmutableArray<ActionPlan> Actions()
        {
            if (workbook.Sheets.FirstOrDefault(s => L.Actions.Matches(s.Name)) is not { } sheet || TableReader.Find(sheet, L.Actions) is not { } t) return [];
            var actions = new Dictionary<string, ActionPlan>();
            foreach (var row in t.Rows("id"))
            {
                var id = t.Text(row, "id")!;
                if (!Id(id, t.Where(row, "id")) || !Unique(actions, id, t.Where(row, "id"))) continue;
                var drives = t.Text(row, "drives");
                if (drives is null)
                {
                    Error(new Message($"{t.Where(row, "drives")}: 施策 {id} の対象 (drives) がありません", $"{t.Where(row, "drives")}: the action {id} has no metric it drives"));
                    continue;
                }
                var volumeCell = t.Cell(row, "volume");
                var volume = volumeCell?.Formula is null ? Take(t.Number(row, "volume")) : null;
                var people = Take(t.Number(row, "people"));
                var perPerson = Take(t.Number(row, "per_person"));
                var periods = Take(t.Number(row, "periods"));
                Capacity? capacity = null;
                if (people is not null || perPerson is not null || periods is not null)
                {
                    var per = t.Text(row, "per")?.ToLowerInvariant() switch
                    {
                        "week" or "週" => CapacityPeriod.Week,
                        "month" or "月" => CapacityPeriod.Month,
                        _ => CapacityPeriod.Day,
                    };
                    capacity = new Capacity { People = people, PerPerson = perPerson, Periods = periods, Per = per };
                }
                else if (t.Cell(row, "capacity") is { Formula: null } && Take(t.Number(row, "capacity")) is { } total)
                {
                    capacity = Capacity.Of(total);
                }
                actions[id] = new ActionPlan
                {
                    Id = id,
                    Name = Take(t.Name(row)),
                    Owner = t.Text(row, "owner"),
                    Drives = drives,
                    PerUnit = Take(t.Number(row, "per_unit")),
                    Share = Take(t.Number(row, "share")),
                    Volume = volume,
                    Unit = t.Text(row, "unit") is { } u ? Unit.Parse(u) : Unit.Count,
                    Due = Take(t.Date(row, "due")),
                    Capacity = capacity,
                    Note = t.Text(row, "note"),
                };
            }
            return [.. actions.Values];
        }

        ImmutableArray<Scenario> Scenarios()
        {
            if (workbook.Sheets.FirstOrDefault(s => L.Scenarios.Matches(s.Name)) is not { } sheet || TableReader.Find(sheet, L.Scenarios) is not { } t) return [];
            var order = new List<string>();
            var overrides = new Dictionary<string, List<ScenarioOverride>>();
            var descriptions = new Dictionary<string, string?>();
            foreach (var row in t.Rows("scenario"))
            {
                var name = t.Text(row, "scenario")!;
                if (!overrides.TryGetValue(name, out var list))
                {
                    order.Add(name);
                    overrides[name] = list = [];
                }
                if (t.Text(row, "description") is { } d) descriptions.TryAdd(name, d);
                if (t.Text(row, "metric") is { } metric)
                    list.Add(new ScenarioOverride(metric, Take(t.Number(row, "value")), Take(t.Number(row, "target"))));
            }
            return [.. order.Select(n => new Scenario(n, [.. overrides[n]]) { Description = descriptions.GetValueOrDefault(n) })];
        }

        ImmutableArray<Revision> Revisions()
        {
            if (workbook.Sheets.FirstOrDefault(s => L.Revisions.Matches(s.Name)) is not { } sheet || TableReader.Find(sheet, L.Revisions) is not { } t) return [];
            var revisions = new List<Revision>();
            foreach (var row in t.Rows("date"))
            {
                var change = t.Text(row, "metric") is { } metric
                    ? new RevisionChange(metric, t.Text(row, "field") ?? "value", Take(t.Number(row, "from")), Take(t.Number(row, "to")))
                    : null;
                if (t.Text(row, "reason") is { } reason || revisions.Count == 0)
                {
                    var date = Take(t.Date(row, "date")) ?? default;
                    revisions.Add(new Revision(date, t.Text(row, "reason") ?? "", change is null ? [] : [change])
                    {
                        Period = t.Text(row, "period"),
                        Author = t.Text(row, "author"),
                    });
                }
                else if (change is not null)
                {
                    var last = revisions[^1];
                    revisions[^1] = last with { Changes = last.Changes.Add(change) };
                }
            }
            return [.. revisions];
        }

        bool Id(string id, string where)
        {
            if (Ids.Problem(id, example: "win_rate") is not { } problem) return true;
            Error(new Message($"{where}: {problem.In(Language.Ja)}", $"{where}: {problem.In(Language.En)}"));
            return false;
        }

        bool Unique<T>(Dictionary<string, T> seen, string id, string where)
        {
            if (!seen.ContainsKey(id)) return true;
            Error(new Message($"{where}: ID '{id}' が重複しています", $"{where}: the id '{id}' appears twice"));
            return false;
        }
    }
}
