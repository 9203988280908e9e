using System.Collections.Immutable;
using Ippon.Calculation;
using Ippon.Numbers;
using Ippon.Periods;
using Ippon.Plans;

namespace Ippon.Files.Actuals;

/// <summary>Reads actuals for a plan: the contract's CSV (<c>period,metric,value</c>) or a CRM export described by the plan's <c>crm:</c> section.</summary>
/// <remarks>
/// The format is told by the header: <c>period,metric,value</c> is the contract's CSV; the columns named in
/// <c>crm:</c> make a CRM export. Every error names the file, the line and the column, and all of them are reported,
/// not just the first. An empty value (a period not closed yet) is skipped.
/// </remarks>
public static class ActualsReader
{
    /// <summary>Actuals files above this size are refused.</summary>
    public const long MaxBytes = 64 * 1024 * 1024;

    static readonly string[] s_columns = ["period", "metric", "value"];

    /// <summary>Reads the actuals file at <paramref name="path"/> for <paramref name="plan"/>, a record at a time (bounded memory whatever its size).</summary>
    public static ActualsReadResult ReadFile(string path, Plan plan)
    {
        var opened = TextFile.Open(path, MaxBytes, "actuals (CSV)");
        if (!opened.Success) return ActualsReadResult.Fail([.. opened.Errors]);
        using (opened.Value) return Read(opened.Value, plan, path);
    }

    /// <summary>Reads actuals from CSV text; <paramref name="file"/> names it in error messages.</summary>
    public static ActualsReadResult Parse(string text, Plan plan, string file = "actuals.csv") => Read(new StringReader(text), plan, file);

    static ActualsReadResult Read(TextReader text, Plan plan, string file)
    {
        var csv = new CsvReader(text, file, "actuals (CSV)");
        using var records = csv.Records().GetEnumerator();
        if (!records.MoveNext())
        {
            return ActualsReadResult.Fail(csv.Error ?? new InputError(file, 0, 0, new Message(
                "実績ファイルが空です。1行目に見出し period,metric,value、2行目から「期間,指標ID,値」(例: Q1,leads,200) を書いてください",
                "the actuals file is empty; expected the header period,metric,value and then one row per period and metric (e.g. Q1,leads,200)")));
        }
        var calendar = PeriodCalendar.For(plan);
        if (calendar is null)
        {
            return ActualsReadResult.Fail(new InputError(file, 0, 0, new Message(
                "計画に期間 (horizon:) もKGIの期限 (deadline:) もないため、実績をどの期間に数えるか決められません",
                "the plan has neither a horizon: nor a KGI deadline:, so actuals cannot be placed in periods")));
        }
        var header = records.Current;
        var names = header.Select(f => f.Value.Trim().ToLowerInvariant()).ToList();
        ActualsReadResult result;
        if (s_columns.All(names.Contains)) result = new ContractCsv(file, plan, calendar).Read(header, Rest(records), names);
        else if (plan.Crm is { } crm && CrmExport.Matches(crm, header)) result = new CrmExport(file, plan, calendar, crm).Read(header, Rest(records));
        else return ActualsReadResult.Fail(MissingHeader(file, plan, calendar, header));
        // A file that breaks off (an unterminated quote, binary data) is refused whole: its other rows are not the actuals.
        return csv.Error is { } broken ? ActualsReadResult.Fail(broken) : result;
    }

    static IEnumerable<ImmutableArray<CsvField>> Rest(IEnumerator<ImmutableArray<CsvField>> records)
    {
        while (records.MoveNext()) yield return records.Current;
    }

    static InputError MissingHeader(string file, Plan plan, PeriodCalendar calendar, ImmutableArray<CsvField> header)
    {
        var found = string.Join(",", header.Select(f => f.Value));
        var looksLikeData = header.Length > 0 && calendar.Resolve(header[0].Value).Success;
        var crm = plan.Crm is { } c
            ? (Ja: $"CRMの出力なら計画の crm: にある列 ({c.DateColumn}, {c.StageColumn}) が必要です",
               En: $"for a CRM export, the columns named in the plan's crm: section ({c.DateColumn}, {c.StageColumn})")
            : (Ja: "CRMの出力を読むには計画に crm: を書いてください", En: "to read a CRM export, describe its columns under crm: in the plan");
        return new InputError(file, header[0].Line, 1, looksLikeData
            ? new Message(
                $"見出し行がありません。1行目に period,metric,value を書いてください ('{found}' はデータ行に見えます)",
                $"missing header: the first line must be period,metric,value ('{found}' looks like a data row)")
            : new Message(
                $"見出し period,metric,value がありません ('{found}')。{crm.Ja}",
                $"expected the header period,metric,value, found '{found}'; or, {crm.En}"));
    }

    /// <summary>Reads a number written in an actuals file; a ratio above 1 written without % (15 for 15%) is refused.</summary>
    internal static Message? Number(string text, Metric metric, out decimal value)
    {
        var number = Width.Fold(text).Trim().TrimStart('¥', '$', '€');
        if (!NumberText.TryParse(number, out value))
        {
            var why = NumberText.Refusal(number);
            return new Message($"{metric.Id} の値: {why.In(Language.Ja)}", $"the value of {metric.Id}: {why.In(Language.En)}");
        }
        if (value < 0 && metric.Unit.IsWhole)
        {
            return new Message(
                $"{metric.Id} の実績 '{NumberText.Clip(text)}' がマイナスです。件数の実績は 0 以上で書いてください",
                $"the actual of {metric.Id} '{NumberText.Clip(text)}' is negative; a count's actual must be 0 or more");
        }
        if (metric.Unit.Kind == UnitKind.Ratio && !text.Contains('%', StringComparison.Ordinal) && Math.Abs(value) > 1)
        {
            return new Message(
                $"{metric.Id} は率です。'{text}' は {Formatter.Percent(value)} になります。15% のように % を付けるか 0.15 と書いてください",
                $"{metric.Id} is a ratio: '{text}' would be {Formatter.Percent(value)}; write 15% or 0.15");
        }
        return null;
    }

    internal static Message TooManyValues(int expected, int found) => new(
        $"見出しは {expected} 列ですが、この行は {found} 個の値があります。カンマを含む数値 (1,200,000) は \"1,200,000\" のように引用符で囲んでください",
        $"expected {expected} values as in the header, found {found}; a number with commas (1,200,000) must be quoted: \"1,200,000\"");

    internal static string? Suggest(string id, Plan plan) => PlanModel.Suggest(id, plan.Metrics.Select(m => m.Id));
}
