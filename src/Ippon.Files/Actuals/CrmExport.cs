using System.Collections.Immutable;
using System.Globalization;
using Ippon.Checks;
using Ippon.Numbers;
using Ippon.Periods;
using Ippon.Plans;
using Ippon.Review;

namespace Ippon.Files.Actuals;

/// <summary>A CRM export (one row per lead or opportunity) read through the plan's <c>crm:</c> mapping and counted per period.</summary>
/// <remarks>
/// A stage that is neither mapped nor ignored is an error listing every such stage with its first line, because
/// dropping its rows would understate the actuals without anyone noticing. Rows dated outside the horizon (last
/// year's deals in a full export) are left out with a warning. Every mapped metric gets a value, 0 included, for every
/// period up to the last one with a row.
/// </remarks>
sealed class CrmExport(string file, Plan plan, PeriodCalendar calendar, CrmMapping crm)
{
    readonly List<InputError> _errors = [];

    /// <summary>True when <paramref name="header"/> has the date and stage columns <paramref name="crm"/> names.</summary>
    public static bool Matches(CrmMapping crm, ImmutableArray<CsvField> header) =>
        IndexOf(header, crm.DateColumn) >= 0 && IndexOf(header, crm.StageColumn) >= 0;

    static int IndexOf(ImmutableArray<CsvField> header, string name)
    {
        for (var i = 0; i < header.Length; i++)
            if (string.Equals(header[i].Value.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    public ActualsReadResult Read(ImmutableArray<CsvField> header, IEnumerable<ImmutableArray<CsvField>> records)
    {
        var (di, si) = (IndexOf(header, crm.DateColumn), IndexOf(header, crm.StageColumn));
        var ai = crm.AmountColumn is { } ac ? IndexOf(header, ac) : -1;
        var amountMetric = crm.AmountMetric is { } am ? plan.Find(am) : null;
        if (crm.AmountColumn is not null && ai < 0)
        {
            Error(header[0], new Message(
                $"crm: の amount: column にある列 '{crm.AmountColumn}' が見出しにありません (見出し: {string.Join(", ", header.Select(f => f.Value))})",
                $"the amount column '{crm.AmountColumn}' named in crm: is not in the header ({string.Join(", ", header.Select(f => f.Value))})"));
        }
        var totals = new Dictionary<(string Metric, int Period), decimal>();
        var unmapped = new Dictionary<string, (CsvField First, int Rows)>(StringComparer.Ordinal);
        var (outside, firstOutside) = (0, 0);
        var last = -1;
        foreach (var record in records)
        {
            CsvField? At(int i) => i >= 0 && i < record.Length ? record[i] : null;
            if (record.Length > header.Length)
            {
                Error(record[0], ActualsReader.TooManyValues(header.Length, record.Length));
                continue;
            }
            if (At(si) is not { } stageField || At(di) is not { } dateField)
            {
                Error(record[^1], new Message(
                    $"列が足りません ({record.Length} 個、見出しは {header.Length} 個)",
                    $"expected {header.Length} values as in the header, found {record.Length}"));
                continue;
            }
            var stageName = stageField.Value.Trim();
            if (crm.Ignore.Contains(stageName)) continue;
            if (crm.Stage(stageName) is not { } stage)
            {
                unmapped[stageName] = unmapped.TryGetValue(stageName, out var u) ? (u.First, u.Rows + 1) : (stageField, 1);
                continue;
            }
            if (!TryDate(dateField.Value, out var date))
            {
                Error(dateField, new Message(
                    $"{crm.DateColumn} の '{dateField.Value}' は日付として読めません (例: 2026-05-12, 2026/05/12)",
                    $"{crm.DateColumn} '{dateField.Value}' is not a date; expected YYYY-MM-DD or YYYY/MM/DD (e.g. 2026-05-12)"));
                continue;
            }
            if (calendar.PeriodOf(date) is not { } period)
            {
                if (outside++ == 0) firstOutside = dateField.Line;
                continue;
            }
            last = Math.Max(last, period.Index);
            foreach (var m in stage.Metrics) Add(totals, m, period.Index, 1m);
            if (amountMetric is null || ai < 0 || !crm.AmountStages.Contains(stageName)) continue;
            if (At(ai) is not { } amountField || amountField.Value.Length == 0)
            {
                Error(At(ai) ?? record[^1], new Message(
                    $"{stageName} の行に {crm.AmountColumn} (金額) がありません", $"a {stageName} row has no {crm.AmountColumn} (amount)"));
                continue;
            }
            if (ActualsReader.Number(amountField.Value, amountMetric, out var amount) is { } bad)
            {
                Error(amountField, bad);
                continue;
            }
            Add(totals, amountMetric.Id, period.Index, amount);
        }
        var known = string.Join(", ", crm.Stages.Select(s => s.Name).Concat(crm.Ignore));
        foreach (var (name, (first, rows)) in unmapped)
        {
            // Stage names are short words (受注, 失注): a suggestion must at least start like the stage written.
            var suggestion = Calculation.PlanModel.Suggest(name, crm.Stages.Select(s => s.Name)) is { } near && name.Length > 0 && near[0] == name[0] ? near : null;
            Error(first, new Message(
                $"ステージ '{name}' ({rows} 行、最初は {first.Line} 行目) は計画の crm: stages: にありません ({known})。{(suggestion is null ? "" : $"'{suggestion}' のことですか? ")}数える指標を crm: stages: に書くか、数えないなら crm: ignore: に加えてください",
                $"stage '{name}' ({rows} row{(rows == 1 ? "" : "s")}, first on line {first.Line}) is not under the plan's crm: stages: ({known}); {(suggestion is null ? "" : $"did you mean '{suggestion}'? ")}map it to the metrics it counts toward under crm: stages:, or list it under crm: ignore:"));
        }
        if (_errors.Count > 0) return new ActualsReadResult(null, [.. _errors], []);
        if (last < 0)
        {
            return ActualsReadResult.Fail(new InputError(file, header[0].Line, 1, new Message(
                $"計画期間 {calendar.Describe()} 内の日付の行がありません", $"no row is dated inside the horizon {calendar.Describe()}")));
        }
        var metrics = crm.Stages.SelectMany(s => s.Metrics).Concat(amountMetric is null || ai < 0 ? [] : [amountMetric.Id]).Distinct();
        var rowsOut = ImmutableArray.CreateBuilder<Actual>();
        foreach (var m in metrics)
        {
            for (var p = 0; p <= last; p++)
                rowsOut.Add(new Actual(m, p, totals.GetValueOrDefault((m, p))) { Label = calendar.Periods[p].Label });
        }
        var warnings = outside == 0 ? ImmutableArray<Finding>.Empty : [new Finding(ReviewRules.ActualsOutsideHorizon, Path.GetFileName(file), new Message(
            $"計画期間 {calendar.Describe()} の外の日付の行 {outside} 行を除外しました (最初は {firstOutside} 行目)",
            $"left out {outside} row{(outside == 1 ? "" : "s")} dated outside the horizon {calendar.Describe()} (the first on line {firstOutside})"))];
        return new ActualsReadResult(new Ippon.Review.Actuals(rowsOut.ToImmutable()) { Source = file }, [], warnings);
    }

    static void Add(Dictionary<(string, int), decimal> totals, string metric, int period, decimal value) =>
        totals[(metric, period)] = totals.GetValueOrDefault((metric, period)) + value;

    // A CRM's dates often carry a time (2026-05-12 10:30:00); the date part is what counts.
    static bool TryDate(string text, out DateOnly date)
    {
        var t = text.Trim();
        var cut = t.IndexOfAny([' ', 'T']);
        if (cut > 0) t = t[..cut];
        return DateOnly.TryParseExact(t, ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy-M-d", "yyyy/M/d", "yyyy.MM.dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    void Error(CsvField field, Message message) => _errors.Add(new InputError(file, field.Line, field.Column, message));
}
