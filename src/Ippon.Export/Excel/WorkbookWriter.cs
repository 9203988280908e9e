using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ippon.Calculation;
using Ippon.Export.Diagram;
using Ippon.Numbers;
using Ippon.Plans;
using L = Ippon.Export.Excel.WorkbookLayout;
using Sheet = DocumentFormat.OpenXml.Spreadsheet.Sheet;

namespace Ippon.Export.Excel;

/// <summary>Writes a plan as an Excel workbook whose cells hold live formulas: change the win rate and the deals and leads required follow.</summary>
/// <remarks>
/// <para>Sheets: ツリー (every metric: target by back-calculation, planned value forward, gap), 前提 (the assumptions and the
/// explicit targets: the cells to change), 施策 (actions: volume, capacity, load), 計画 (title, horizon), シナリオ and
/// 改訂履歴. Every metric's planned value is the defined name of its id (<c>win_rate</c>), its target
/// <c>id_target</c> (<c>deals_target</c>).</para>
/// <para>Formula cells carry no cached value and the workbook asks for a full calculation on load, so Excel and
/// LibreOffice compute every number themselves.</para>
/// </remarks>
public static class WorkbookWriter
{
    /// <summary>Writes the workbook of <paramref name="c"/> to <paramref name="path"/>; null on success, else why not.</summary>
    public static Message? Write(ExportContext c, string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var writer = new Writer(c);
        writer.Fill(document);
        return null;
    }

    sealed class Writer(ExportContext c)
    {
        readonly PlanResult _r = c.Result;
        readonly Language _l = c.Language;
        readonly Styles _styles = new(c.Language.T("Meiryo UI", "Calibri"));
        readonly NameTable _names = new(c.Result.Plan.Metrics.Select(m => m.Id));
        readonly List<(string Name, string Reference)> _defined = [];
        DimensionSheets? _dimensions;

        // The sheets per dimension share the workbook's styles and names.
        DimensionSheets Dims => _dimensions ??= new(c, _styles, _names);

        // Each action's row on the actions sheet, known before that sheet is written: the dimension sheets read its capacity.
        readonly Dictionary<string, int> _actionRows = c.Result.Actions.Select((a, i) => (a.Id, Row: L.HeaderRow + 1 + i)).ToDictionary(x => x.Id, x => x.Row);

        string Sheet(SheetLayout s) => s.Name(_l);

        public void Fill(SpreadsheetDocument document)
        {
            var sheets = new List<(SheetLayout Layout, SheetWriter Writer)>
            {
                (L.Tree, TreeSheet()),
                (L.Inputs, InputsSheet()),
                (L.Actions, ActionsSheet()),
                (L.Plan, PlanSheet()),
                (L.Scenarios, ScenariosSheet()),
            };
            if (!_r.Plan.Revisions.IsEmpty) sheets.Add((L.Revisions, RevisionsSheet()));
            // Plans over dimensions: a sheet per dimension after the actions; every plan with periods: plan vs actual.
            sheets.InsertRange(3, Dims.Sheets(
                (a, target, volumeOf) => VolumeFormula(a, target, volumeOf, o => ActionCell("per_unit", o), o => ActionCell("share", o)),
                a => a.Action.Capacity?.Value is null ? null : ActionCell("capacity", a)));
            if (ActualsSheet.Build(c, _styles) is { } actuals) sheets.Insert(3 + _r.Plan.Dimensions.Length, (ActualsSheet.Layout, actuals));

            var workbookPart = document.AddWorkbookPart();
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
            var sheetList = new Sheets();
            uint id = 1;
            foreach (var (layout, writer) in sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = writer.Build(selected: id == 1, frozenRows: L.HeaderRow);
                sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = Sheet(layout) });
            }
            stylesPart.Stylesheet = _styles.Build();
            var definedNames = new DefinedNames();
            foreach (var (name, reference) in _defined.OrderBy(d => d.Name, StringComparer.Ordinal))
                definedNames.Append(new DefinedName(reference) { Name = name });
            // Print titles: the title, the note and the header row repeat on every printed page.
            for (var i = 0; i < sheets.Count; i++)
            {
                var quoted = $"'{Sheet(sheets[i].Layout).Replace("'", "''", StringComparison.Ordinal)}'";
                definedNames.Append(new DefinedName($"{quoted}!$1:${L.HeaderRow.ToString(CultureInfo.InvariantCulture)}") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
            }
            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0 }),
                sheetList,
                definedNames,
                new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
        }

        void Title(SheetWriter w, string title, string note)
        {
            w.Text(1, 0, title, _styles.Get(Look.Title));
            w.Text(2, 0, note, _styles.Get(Look.Muted));
            var header = _styles.Get(Look.Header);
            for (var i = 0; i < w.Layout.Columns.Length; i++) w.Text(L.HeaderRow, i, w.Layout.Columns[i].Header(_l), header);
        }

        uint Style(Look look, Unit unit) => _styles.Get(look, NumberFormats.For(unit, _l));

        // An action's cell on the actions sheet, absolute, for the dimension sheets: '施策'!$N$4.
        string ActionCell(string key, ActionResult a) =>
            $"'{Sheet(L.Actions).Replace("'", "''", StringComparison.Ordinal)}'!${L.Actions.Letter(key)}${_actionRows[a.Id].ToString(CultureInfo.InvariantCulture)}";

        SheetWriter TreeSheet()
        {
            var w = new SheetWriter(L.Tree);
            Title(w, $"{_r.Plan.Title} — {c.T("KPI ツリー", "KPI tree")}", c.T(
                "目標は KGI から式で逆算 (件数は ROUNDUP で切り上げ)、計画は前提から順に計算しています。値を変えるのは「前提」シートの黄色のセルです。",
                "Targets are back-calculated from the KGI by formulas (counts rounded up with ROUNDUP); planned values are computed forward. Change the yellow cells on the Inputs sheet."));
            var depths = PlanOrder.Depths(PlanTree.Build(_r, _l));
            var row = L.HeaderRow;
            foreach (var m in _r.Metrics)
            {
                row++;
                var metric = m.Metric;
                var unit = metric.Unit;
                var muted = _styles.Get(Look.Muted);
                var plain = _styles.Get(Look.Plain);
                w.Text(row, "id", metric.Id, muted);
                w.Text(row, "layer", PlanWords.Role(metric, _l), plain);
                w.Text(row, "name", metric.Name, _styles.Get(metric.Role == MetricRole.Kgi ? Look.Key : Look.Plain, null, depths.GetValueOrDefault(metric.Id)));
                w.Text(row, "formula", metric.Formula?.Text, muted);

                var targetCell = w.At("target", row);
                var plannedCell = w.At("planned", row);
                var hasTarget = m.Target is not null;
                if (!m.Shape.IsScalar)
                {
                    // A metric over members: its total here (a sum of the member cells on its dimension's sheet), no name.
                    var total = Dims.TotalTarget(m);
                    if (total is not null) w.Formula(row, "target", total, Style(Look.Key, unit));
                    else w.Empty(row, "target", plain);
                    var planned = Dims.TotalPlanned(m);
                    if (planned is not null) w.Formula(row, "planned", planned, Style(Look.Formula, unit));
                    else w.Empty(row, "planned", plain);
                    if (total is not null && planned is not null && !Words.IsAssumption(metric))
                    {
                        w.Formula(row, "gap", $"{plannedCell}-{targetCell}", _styles.Get(Look.Formula, NumberFormats.Gap(unit, _l)));
                        var totalRatio = metric.Direction == Direction.Down ? $"{targetCell}/{plannedCell}" : $"{plannedCell}/{targetCell}";
                        w.Formula(row, "attainment", $"IFERROR({totalRatio},\"\")", _styles.Get(Look.Formula, NumberFormats.Percent));
                    }
                    w.Text(row, "derivation", c.T($"メンバー別 ({m.Shape}) のシートの合計", $"the total of the members on the {m.Shape} sheet"), muted);
                }
                else if (m.Source == TargetSource.Explicit)
                {
                    w.Formula(row, "target", _names.Target(metric.Id), Style(Look.Key, unit));
                }
                else if (m.Source == TargetSource.Derived)
                {
                    if ((Dims.Any ? Dims.ScalarTarget(m) : ExcelFormula.Target(_r, m, _names)) is { } formula) w.Formula(row, "target", formula, Style(Look.Key, unit));
                    else w.Number(row, "target", m.Target, Style(Look.Key, unit)); // solved numerically: a number, not a formula
                    _defined.Add((_names.Target(metric.Id), w.Absolute("target", row, Sheet(L.Tree))));
                }
                else
                {
                    w.Empty(row, "target", plain);
                }

                if (!m.Shape.IsScalar)
                {
                    Describe(w, row, metric, unit, plain);
                    continue;
                }
                var ownValue = metric.Formula is null && metric.Value is not null;
                if (metric.Formula is not null && Dims.Any && Dims.ScalarPlanned(metric) is null) w.Number(row, "planned", m.PlannedValue, Style(Look.Formula, unit));
                else if (metric.Formula is { } g) w.Formula(row, "planned", Dims.Any ? Dims.ScalarPlanned(metric)! : ExcelFormula.Forward(g.Expr, _names), Style(Look.Formula, unit));
                else if (ownValue) w.Formula(row, "planned", _names.Planned(metric.Id), Style(Look.Formula, unit));
                else w.Formula(row, "planned", hasTarget ? _names.Target(metric.Id) : "NA()", Style(Look.Formula, unit));
                if (!ownValue) _defined.Add((_names.Planned(metric.Id), w.Absolute("planned", row, Sheet(L.Tree))));

                if (hasTarget && !Words.IsAssumption(metric))
                {
                    w.Formula(row, "gap", $"{plannedCell}-{targetCell}", _styles.Get(Look.Formula, NumberFormats.Gap(unit, _l)));
                    var ratio = metric.Direction == Direction.Down ? $"{targetCell}/{plannedCell}" : $"{plannedCell}/{targetCell}";
                    w.Formula(row, "attainment", $"IFERROR({ratio},\"\")", _styles.Get(Look.Formula, NumberFormats.Percent));
                }
                w.Text(row, "derivation", m.Source == TargetSource.Explicit ? c.T("設定値", "set in the plan") : FormulaText.Derivation(_r, m, _l), muted);
                Describe(w, row, metric, unit, plain);
            }
            return w;
        }

        void Describe(SheetWriter w, int row, Metric metric, Unit unit, uint plain)
        {
            {
                w.Text(row, "unit", unit.Text, plain);
                w.Text(row, "kind", metric.Kind?.ToString().ToLowerInvariant(), plain);
                w.Text(row, "direction", metric.Direction == Direction.Down ? "down" : null, plain);
                w.Text(row, "owner", metric.Owner, plain);
                w.Date(row, "deadline", metric.Deadline, _styles.Get(Look.Plain, NumberFormats.Date));
                w.Text(row, "phasing", metric.Phasing.IsEmpty ? null : string.Join(", ", metric.Phasing.Select(p => p.ToString(CultureInfo.InvariantCulture))), plain);
                w.Text(row, "note", metric.Note, plain);
            }
        }

        SheetWriter InputsSheet()
        {
            var w = new SheetWriter(L.Inputs);
            Title(w, c.T("前提と設定値", "Inputs"), c.T(
                "黄色のセルを変えると、ツリーと施策の数値がすべて計算し直されます (名前付きセル: 値は ID、目標は ID_target)。",
                "Change a yellow cell and every number on the Tree and Actions sheets is recalculated (defined names: the value is the id, the target id_target)."));
            var row = L.HeaderRow;
            // Members' values and targets are on their dimension's sheet.
            foreach (var metric in _r.Plan.Metrics.Where(m => (m.Value is not null || m.Target is not null) && _r.Metric(m.Id)?.Shape.IsScalar != false))
            {
                row++;
                w.Text(row, "id", metric.Id, _styles.Get(Look.Muted));
                w.Text(row, "name", metric.Name, _styles.Get(Look.Plain));
                w.Text(row, "layer", PlanWords.Role(metric, _l), _styles.Get(Look.Plain));
                w.Number(row, "value", metric.Value, metric.Value is null ? _styles.Get(Look.Plain) : Style(Look.Input, metric.Unit));
                w.Number(row, "target", metric.Target, metric.Target is null ? _styles.Get(Look.Plain) : Style(Look.Input, metric.Unit));
                w.Text(row, "unit", metric.Unit.Text, _styles.Get(Look.Plain));
                if (metric.Value is not null && metric.Formula is null) _defined.Add((_names.Planned(metric.Id), w.Absolute("value", row, Sheet(L.Inputs))));
                if (metric.Target is not null) _defined.Add((_names.Target(metric.Id), w.Absolute("target", row, Sheet(L.Inputs))));
            }
            return w;
        }

        SheetWriter ActionsSheet()
        {
            var w = new SheetWriter(L.Actions);
            Title(w, c.T("アクションプラン", "Action plans"), c.T(
                "実施量 = ROUNDUP(対象の目標 × 分担 ÷ 1単位の成果, 0)。負荷 = 実施量 ÷ キャパシティ。黄色のセルは変更できます。",
                "Volume = ROUNDUP(target of the driven metric × share ÷ per unit, 0). Load = volume ÷ capacity. Yellow cells can be changed."));
            var rows = _actionRows;
            int row;
            foreach (var a in _r.Actions)
            {
                var action = a.Action;
                row = rows[a.Id];
                var input = _styles.Get(Look.Input, NumberFormats.Plain);
                var plain = _styles.Get(Look.Plain);
                var driven = _r.Metric(action.Drives);
                w.Text(row, "id", action.Id, _styles.Get(Look.Muted));
                w.Text(row, "name", action.Name, _styles.Get(Look.Key));
                w.Text(row, "owner", action.Owner, plain);
                w.Text(row, "drives", action.Drives, plain);
                w.Number(row, "per_unit", action.PerUnit, action.PerUnit is null ? plain : input);
                w.Number(row, "share", action.Share, action.Share is null ? plain : _styles.Get(Look.Input, NumberFormats.Percent));
                var volumeStyle = _styles.Get(Look.Key, NumberFormats.For(action.Unit, _l));
                var members = Dims.TotalVolume(a);
                if (members is not null) w.Formula(row, "volume", members, volumeStyle); // the sum of the members' volumes on their sheet
                else if (action.Volume is { } v) w.Number(row, "volume", v, _styles.Get(Look.Input, NumberFormats.For(action.Unit, _l)));
                else if (driven?.Target is not null && action.PerUnit is > 0)
                    w.Formula(row, "volume", VolumeFormula(a, _names.Target(action.Drives), o => w.At("volume", rows[o.Id]), o => w.At("per_unit", rows[o.Id]), o => w.At("share", rows[o.Id])), volumeStyle);
                else w.Empty(row, "volume", plain);
                w.Text(row, "unit", action.Unit == Unit.Count ? null : action.Unit.Text, plain);
                w.Date(row, "due", action.Due, _styles.Get(Look.Plain, NumberFormats.Date));
                if (action.Capacity is { } cap)
                {
                    if (cap.Total is { } total)
                    {
                        w.Number(row, "capacity", total, _styles.Get(Look.Input, NumberFormats.For(action.Unit, _l)));
                    }
                    else
                    {
                        w.Number(row, "people", cap.People, cap.People is null ? plain : input);
                        w.Number(row, "per_person", cap.PerPerson, cap.PerPerson is null ? plain : input);
                        w.Text(row, "per", cap.Per.ToString().ToLowerInvariant(), _styles.Get(Look.Input));
                        w.Number(row, "periods", cap.Periods, cap.Periods is null ? plain : input);
                        if (cap.Value is not null)
                            w.Formula(row, "capacity", $"{w.At("people", row)}*{w.At("per_person", row)}*{w.At("periods", row)}", _styles.Get(Look.Formula, NumberFormats.For(action.Unit, _l)));
                    }
                    // Over members the capacity is each member's: the load is the busiest member's.
                    if (a.Capacity is not null)
                        w.Formula(row, "load", $"IFERROR({Dims.PeakVolume(a) ?? w.At("volume", row)}/{w.At("capacity", row)},\"\")", _styles.Get(Look.Formula, NumberFormats.Percent));
                }
                if (driven is not null && action.PerUnit is not null)
                    w.Formula(row, "coverage", $"IFERROR({w.At("volume", row)}*{w.At("per_unit", row)}/{Dims.DrivenTarget(a) ?? _names.Target(action.Drives)},\"\")", _styles.Get(Look.Formula, NumberFormats.Percent));
                w.Text(row, "note", action.Note, plain);
            }
            return w;
        }

        // Mirrors Ippon's sizing: explicit volumes count first, shares take their share, the rest split what is left.
        string VolumeFormula(ActionResult a, string target, Func<ActionResult, string> volume, Func<ActionResult, string> perUnit, Func<ActionResult, string> share)
        {
            var action = a.Action;
            string need;
            if (action.Share is not null)
            {
                need = $"{target}*{share(a)}";
            }
            else
            {
                var siblings = _r.ActionsDriving(action.Drives).ToList();
                var rest = siblings.Count(o => o.Action.Volume is null && o.Action.Share is null);
                var taken = new List<string>();
                foreach (var o in siblings.Where(o => o.Action.Volume is not null && o.Action.PerUnit is not null))
                    taken.Add($"{volume(o)}*{perUnit(o)}");
                foreach (var o in siblings.Where(o => o.Action.Volume is null && o.Action.Share is not null))
                    taken.Add($"{target}*{share(o)}");
                need = taken.Count == 0 ? target : $"MAX(0,{target}-{string.Join("-", taken)})";
                if (rest > 1) need = $"{need}/{rest.ToString(CultureInfo.InvariantCulture)}";
            }
            return $"ROUNDUP({need}/{perUnit(a)},0)";
        }

        SheetWriter PlanSheet()
        {
            var w = new SheetWriter(L.Plan);
            var plan = _r.Plan;
            Title(w, plan.Title, c.T("この表のキーは計画ファイル (YAML) のキーと同じです。ippon import でこのブックを計画ファイルに戻せます。",
                "The keys are the plan file's (YAML) keys. ippon import turns this workbook back into a plan file."));
            var row = L.HeaderRow;
            void Pair(string key, string? value, string ja, string en, decimal? number = null, string? format = null)
            {
                if (value is null && number is null) return;
                row++;
                w.Text(row, "key", key, _styles.Get(Look.Muted));
                if (number is { } n) w.Number(row, "value", n, _styles.Get(Look.Input, format));
                else w.Text(row, "value", value, _styles.Get(Look.Input));
                w.Text(row, "description", c.T(ja, en), _styles.Get(Look.Muted));
            }
            Pair("plan", plan.Title, "計画名", "Title");
            Pair("vision", plan.Vision, "ビジョン", "Vision");
            Pair("author", plan.Author, "起案者", "Author");
            Pair("currency", plan.Currency, "通貨", "Currency");
            if (plan.Horizon is { } h)
            {
                Pair("horizon.start", h.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "計画期間の開始", "Horizon start");
                Pair("horizon.end", h.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "計画期間の終了", "Horizon end");
                Pair("horizon.period", h.Period.ToString().ToLowerInvariant(), "見直しの単位 (month, quarter, half, year)", "Review period (month, quarter, half, year)");
            }
            if (!plan.Phasing.IsEmpty)
                Pair("phasing", string.Join(", ", plan.Phasing.Select(p => p.ToString(CultureInfo.InvariantCulture))), "期間ごとの配分の既定 (重み)", "Default phasing weights per period");
            if (plan.Crm is { } crm)
            {
                // The crm: section, one key per line, so that the review of CRM exports still works after an import.
                Pair("crm.date", crm.DateColumn, "CRM 出力: 日付の列", "CRM export: the date column");
                Pair("crm.stage", crm.StageColumn, "CRM 出力: ステージの列", "CRM export: the stage column");
                foreach (var stage in crm.Stages)
                    Pair("crm.stages." + stage.Name, ListCell.Write(stage.Metrics), "このステージの行を数える指標", "metrics a row in this stage counts toward");
                if (!crm.Ignore.IsEmpty) Pair("crm.ignore", ListCell.Write(crm.Ignore), "数えないステージ", "stages skipped on purpose");
                Pair("crm.amount.column", crm.AmountColumn, "金額の列", "the amount column");
                Pair("crm.amount.to", crm.AmountMetric, "金額を加える指標", "the metric amounts add to");
                if (!crm.AmountStages.IsEmpty) Pair("crm.amount.stages", ListCell.Write(crm.AmountStages), "金額を数えるステージ", "stages whose amounts count");
            }
            if (plan.Checks.MaxKpisPerOwner != CheckSettings.Default.MaxKpisPerOwner)
                Pair("checks.max_kpis_per_owner", null, "担当あたりの KPI の上限", "Most KPIs per owner", plan.Checks.MaxKpisPerOwner);
            Pair(L.MarkerKey, null, "Ippon が書き出したブック (形式の版)", "Written by Ippon (format version)", 1);
            return w;
        }

        SheetWriter ScenariosSheet()
        {
            var w = new SheetWriter(L.Scenarios);
            Title(w, c.T("シナリオ", "Scenarios"), c.T("名前付きの値・目標の上書き (例: OKR のストレッチ目標)。ippon plan --scenario 名前 で計算します。",
                "Named overrides of values and targets (e.g. an OKR stretch); calculate one with ippon plan --scenario NAME."));
            var row = L.HeaderRow;
            foreach (var s in _r.Plan.Scenarios)
            {
                if (s.Overrides.IsEmpty)
                {
                    row++;
                    w.Text(row, "scenario", s.Name, _styles.Get(Look.Key));
                    w.Text(row, "description", s.Description, _styles.Get(Look.Plain));
                }
                var first = true;
                foreach (var o in s.Overrides)
                {
                    row++;
                    var unit = _r.Plan.Find(o.Metric)?.Unit ?? Unit.Number;
                    w.Text(row, "scenario", s.Name, _styles.Get(Look.Key));
                    if (first) w.Text(row, "description", s.Description, _styles.Get(Look.Plain));
                    w.Text(row, "metric", o.Metric, _styles.Get(Look.Plain));
                    w.Number(row, "value", o.Value, o.Value is null ? _styles.Get(Look.Plain) : Style(Look.Input, unit));
                    w.Number(row, "target", o.Target, o.Target is null ? _styles.Get(Look.Plain) : Style(Look.Input, unit));
                    first = false;
                }
            }
            return w;
        }

        SheetWriter RevisionsSheet()
        {
            var w = new SheetWriter(L.Revisions);
            Title(w, c.T("改訂履歴", "Revisions"), c.T("過去の見直し: いつ、なぜ、どの値を変えたか。", "Earlier re-plans: when, why, and which values changed."));
            var row = L.HeaderRow;
            foreach (var rev in _r.Plan.Revisions)
            {
                var changes = rev.Changes.IsEmpty ? [null] : rev.Changes.Select(ch => (RevisionChange?)ch).ToList();
                var first = true;
                foreach (var ch in changes)
                {
                    row++;
                    w.Date(row, "date", rev.Date, _styles.Get(Look.Plain, NumberFormats.Date));
                    if (first)
                    {
                        w.Text(row, "reason", rev.Reason, _styles.Get(Look.Plain));
                        w.Text(row, "period", rev.Period, _styles.Get(Look.Plain));
                        w.Text(row, "author", rev.Author, _styles.Get(Look.Plain));
                    }
                    if (ch is not null)
                    {
                        w.Text(row, "metric", ch.Metric, _styles.Get(Look.Plain));
                        w.Text(row, "field", ch.Field, _styles.Get(Look.Plain));
                        w.Number(row, "from", ch.From, _styles.Get(Look.Plain, NumberFormats.Plain));
                        w.Number(row, "to", ch.To, _styles.Get(Look.Plain, NumberFormats.Plain));
                    }
                    first = false;
                }
            }
            return w;
        }
    }
}
