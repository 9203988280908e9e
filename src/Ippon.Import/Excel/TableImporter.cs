using Ippon.Files;
using Ippon.Files.Plans;
using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Export.Excel;

namespace Ippon.Import.Excel;

/// <summary>Reads a simple table of metric and formula (or value) from the first sheet into a plan.</summary>
/// <remarks>
/// <para>Column A holds the metric id, column B its formula (<c>deals * win_rate</c>, with or without a leading =,
/// or an Excel formula typed into the cell) or its value (<c>20%</c>, <c>200万円</c>). A header row is optional; with
/// one, further columns are recognised by their headers: name (名前), role (層/役割), target (目標), unit (単位),
/// owner (担当), deadline (期限).</para>
/// <para>Without a role column, the one metric with a formula that no other formula reads becomes the KGI, and
/// metrics with neither formula nor value become KPIs (the levers the back-calculation sets targets for).</para>
/// </remarks>
public static class TableImporter
{
    static readonly SheetLayout s_layout = new("表", "Table",
    [
        new("id", "指標", "metric", 0),
        new("formula", "式", "formula", 0),
        new("name", "名前", "name", 0),
        new("role", "層", "role", 0),
        new("target", "目標", "target", 0),
        new("unit", "単位", "unit", 0),
        new("owner", "担当", "owner", 0),
        new("deadline", "期限", "deadline", 0),
    ]);

    static readonly string[] s_idHeaders = ["id", "ID", "metric", "指標", "指標ID", "key"];
    static readonly string[] s_formulaHeaders = ["formula", "式", "value", "値", "式または値", "formula or value"];

    public static PlanReadResult Import(string file, WorkbookReader workbook)
    {
        var sheet = workbook.Sheets.FirstOrDefault(s => s.LastRow > 0);
        if (sheet is null) return WorkbookImporter.Fail(file, new Message($"{file}: 空のブックです", $"{file}: the workbook is empty"));

        // A header row names its columns; without one, A is the id and B the formula or value.
        var headerRow = 0;
        var columns = new Dictionary<string, int> { ["id"] = 0, ["formula"] = 1 };
        for (var row = 1; row <= Math.Min(5, sheet.LastRow) && headerRow == 0; row++)
        {
            var a = sheet[row, 0]?.Text?.Trim();
            if (a is null || !s_idHeaders.Contains(a, StringComparer.OrdinalIgnoreCase)) continue;
            headerRow = row;
            for (var col = 0; col <= sheet.LastColumn; col++)
            {
                var h = sheet[row, col]?.Text?.Trim();
                if (h is null) continue;
                if (s_idHeaders.Contains(h, StringComparer.OrdinalIgnoreCase)) columns["id"] = col;
                else if (s_formulaHeaders.Contains(h, StringComparer.OrdinalIgnoreCase)) columns["formula"] = col;
                else if (s_layout.Columns.FirstOrDefault(c => c.Matches(h) || (c.Key == "role" && h is "役割" or "layer")) is { } c) columns[c.Key] = col;
            }
        }

        var errors = new List<InputError>();
        void Error(Message m) => errors.Add(new InputError(file, 0, 0, m));
        CellData? Cell(int row, string key) => columns.TryGetValue(key, out var col) ? sheet[row, col] : null;
        string? Text(int row, string key) => Cell(row, key)?.AsText?.Trim() is { Length: > 0 } t ? t : null;

        var metrics = new List<Metric>();
        var seen = new HashSet<string>();
        for (var row = headerRow + 1; row <= sheet.LastRow; row++)
        {
            if (Text(row, "id") is not { } id) continue;
            var where = sheet.Reference(row, columns["id"]);
            if (Ids.Problem(id, example: "win_rate") is { } problem)
            {
                Error(new Message($"{where}: {problem.In(Language.Ja)}", $"{where}: {problem.In(Language.En)}"));
                continue;
            }
            if (!seen.Add(id))
            {
                Error(new Message($"{where}: ID '{id}' が重複しています", $"{where}: the id '{id}' appears twice"));
                continue;
            }
            var name = Text(row, "name");
            if (MetricNames.Problem(name) is { } tooLong)
            {
                var at = sheet.Reference(row, columns["name"]);
                Error(new Message($"{at}: {tooLong.In(Language.Ja)}", $"{at}: {tooLong.In(Language.En)}"));
                name = null;
            }
            var metric = new Metric { Id = id, Name = name, Owner = Text(row, "owner") };
            var cell = Cell(row, "formula");
            var formulaWhere = sheet.Reference(row, columns["formula"]);
            if (cell?.Formula is { } excel)
            {
                metric = WithFormula(metric, excel, formulaWhere, Error);
            }
            else if (cell?.Number is { } number)
            {
                metric = metric with { Value = number };
            }
            else if (cell?.Text?.Trim() is { Length: > 0 } text)
            {
                if (text.StartsWith('=')) metric = WithFormula(metric, text[1..], formulaWhere, Error);
                else if (NumberText.TryParse(text, out var value)) metric = metric with { Value = value, Unit = UnitOf(text) };
                else metric = WithFormula(metric, text, formulaWhere, Error);
            }
            if (Text(row, "target") is { } targetText)
            {
                if (NumberText.TryParse(targetText, out var target))
                {
                    metric = metric with { Target = target, Unit = metric.Unit == Unit.Number ? UnitOf(targetText) : metric.Unit };
                }
                else
                {
                    var why = NumberText.Refusal(targetText);
                    Error(new Message($"{sheet.Reference(row, columns["target"])}: {why.In(Language.Ja)}", $"{sheet.Reference(row, columns["target"])}: {why.In(Language.En)}"));
                }
            }
            if (Cell(row, "target")?.Number is { } t) metric = metric with { Target = t };
            if (Text(row, "unit") is { } unit) metric = metric with { Unit = Unit.Parse(unit) };
            if (Text(row, "role")?.ToUpperInvariant() is "KGI" or "KSF" or "KPI")
                metric = metric with { Role = Enum.Parse<MetricRole>(Text(row, "role")!, ignoreCase: true) };
            if (Text(row, "deadline") is { } due && DateOnly.TryParse(due, System.Globalization.CultureInfo.InvariantCulture, out var d)) metric = metric with { Deadline = d };
            metrics.Add(metric);
        }
        if (errors.Count > 0) return new PlanReadResult(null, [.. errors]);
        if (metrics.Count == 0)
            return WorkbookImporter.Fail(file, new Message($"{file}: 指標の行がありません (A 列に ID、B 列に式か値)", $"{file}: no metric rows (the id in column A, the formula or value in column B)"));

        if (!columns.ContainsKey("role")) metrics = InferRoles(metrics);
        var title = Path.GetFileNameWithoutExtension(file);
        return new PlanReadResult(new Plan { Title = title, Metrics = [.. metrics] }, []);
    }

    static Metric WithFormula(Metric metric, string text, string where, Action<Message> error)
    {
        // Excel writes functions in capitals (SUM); Ippon's are case-insensitive, and ids are lower case.
        var parsed = Formula.Parse(text.Trim());
        if (parsed.Success) return metric with { Formula = parsed.Value };
        var syntax = parsed.Errors[0];
        error(new Message($"{where}: 式 '{text}' を読めません: {syntax.Message.In(Language.Ja)}", $"{where}: cannot read the formula '{text}': {syntax.Message.In(Language.En)}"));
        return metric;
    }

    static Unit UnitOf(string text)
    {
        var t = text.Trim();
        if (t.EndsWith('%') || t.EndsWith('％')) return Unit.Ratio;
        if (t.EndsWith('円')) return Unit.Currency("JPY");
        if (t.EndsWith('件')) return Unit.Count;
        return Unit.Number;
    }

    static List<Metric> InferRoles(List<Metric> metrics)
    {
        var read = metrics.SelectMany(m => m.Formula?.References ?? []).ToHashSet();
        var roots = metrics.Where(m => m.Formula is not null && !read.Contains(m.Id)).ToList();
        return [.. metrics.Select(m =>
            roots.Count == 1 && m.Id == roots[0].Id ? m with { Role = MetricRole.Kgi }
            : m.Formula is null && m.Value is null ? m with { Role = MetricRole.Kpi }
            : m)];
    }
}
