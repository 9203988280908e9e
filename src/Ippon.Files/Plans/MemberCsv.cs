using System.Collections.Immutable;
using Ippon.Dimensions;
using Ippon.Files.Actuals;
using Ippon.Inputs;
using Ippon.Numbers;

namespace Ippon.Files.Plans;

/// <summary>
/// A dimension's CSV of members (<c>from: reps.csv</c>, or uploaded in the page): a header row; the first column is the
/// member (headed with the dimension's name, <c>name</c> or <c>member</c>), a column named after the parent dimension
/// gives each member's parent, and every other column is a metric id (the member's value) or <c>metric.target</c>
/// (the member's target). Empty cells mean "no value of its own". Every error names the file, line and column.
/// </summary>
/// <remarks>The one reader of that file: the plan reader (a file next to the plan) and the web page (an upload) both use it.</remarks>
public static class MemberCsv
{
    /// <summary>A column naming a metric: its members' numbers, and the header cell where it was.</summary>
    public sealed record Column(string Metric, bool Target, CsvField Header, ImmutableDictionary<string, decimal> Values);

    /// <summary>The members in file order, each one's parent member index (empty without a parent), the metric columns, and where each member's name is (its cell).</summary>
    public sealed record Table(ImmutableArray<string> Members, ImmutableArray<int> Parents, ImmutableArray<Column> Columns, ImmutableArray<CsvField> Cells);

    /// <summary>The members of <paramref name="text"/> for dimension <paramref name="name"/> (nested in <paramref name="parent"/>), or every error (at most 20 rows').</summary>
    public static ParseResult<Table, InputError> Parse(string text, string file, string name, Dimension? parent)
    {
        var errors = new List<InputError>();
        var table = Read(text, file, name, parent, errors, duplicates: true);
        return errors.Count == 0 && table is not null ? ParseResult<Table, InputError>.Ok(table) : ParseResult<Table, InputError>.Fail(errors);
    }

    /// <summary>
    /// What could be read, with its errors added to <paramref name="errors"/>: null when the header is unusable; else
    /// the members whose rows were read (a row with an error in its member or parent is left out).
    /// </summary>
    /// <param name="duplicates">Whether a member named twice is an error here (the plan reader reports it at the plan's <c>from:</c> instead).</param>
    internal static Table? Read(string text, string file, string name, Dimension? parent, List<InputError> errors, bool duplicates = false)
    {
        var parsed = CsvText.Parse(text, file);
        if (!parsed.Success)
        {
            errors.Add(parsed.Errors[0]);
            return null;
        }
        var records = parsed.Value!;
        if (records.Length < 2)
        {
            errors.Add(new InputError(file, 1, 1, new Message("見出し行とメンバーの行が必要です", "expected a header row and one row per member")));
            return null;
        }
        var header = records[0];
        var first = header[0].Value;
        if (first != name && first is not ("name" or "member"))
        {
            errors.Add(new InputError(file, header[0].Line, header[0].Column, new Message(
                $"最初の列の見出しは次元名 '{name}' (または name) にしてください ('{first}' があります)",
                $"expected the first column's header to be the dimension's name '{name}' (or name), found '{first}'")));
            return null;
        }
        var parentColumn = parent is null ? -1 : header.IndexOf(header.FirstOrDefault(f => f.Value == parent.Name));
        if (parent is not null && parentColumn < 0)
        {
            errors.Add(new InputError(file, header[0].Line, header[0].Column, new Message(
                $"親の次元 {parent.Name} の列がありません", $"expected a column named after the parent dimension {parent.Name}")));
            return null;
        }
        var columns = new List<(int Index, string Metric, bool Target, CsvField Header)>();
        for (var c = 1; c < header.Length; c++)
        {
            if (c == parentColumn) continue;
            var h = header[c].Value;
            var target = h.EndsWith(".target", StringComparison.Ordinal);
            columns.Add((c, target ? h[..^".target".Length] : h, target, header[c]));
        }
        var names = new List<string>(records.Length - 1);
        var cells = new List<CsvField>(records.Length - 1);
        var parents = new List<int>(parent is null ? 0 : records.Length - 1);
        var data = columns.Select(_ => ImmutableDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal)).ToList();
        var rowErrors = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 1; r < records.Length && rowErrors < 20; r++)
        {
            var row = records[r];
            var member = row[0].Value;
            if (member.Length == 0)
            {
                errors.Add(new InputError(file, row[0].Line, row[0].Column, new Message("メンバー名が空です", "expected a member name")));
                rowErrors++;
                continue;
            }
            if (parent is not null)
            {
                var of = parentColumn < row.Length ? row[parentColumn] : row[^1];
                var p = parentColumn < row.Length ? parent.IndexOf(of.Value) : -1;
                if (p < 0)
                {
                    errors.Add(new InputError(file, of.Line, of.Column, new Message(
                        $"{member} の {parent.Name} '{of.Value}' は次元 {parent.Name} のメンバーではありません",
                        $"{parent.Name} '{of.Value}' of {member} is not a member of {parent.Name}")));
                    rowErrors++;
                    continue;
                }
                parents.Add(p);
            }
            if (duplicates && !seen.Add(member))
            {
                errors.Add(new InputError(file, row[0].Line, row[0].Column, new Message($"メンバー '{member}' が2回あります", $"member '{member}' appears twice")));
                rowErrors++;
                if (parent is not null) parents.RemoveAt(parents.Count - 1);
                continue;
            }
            names.Add(member);
            cells.Add(row[0]);
            for (var i = 0; i < columns.Count; i++)
            {
                var c = columns[i].Index;
                if (c >= row.Length || row[c].Value.Length == 0) continue;
                if (NumberText.TryParse(row[c].Value, out var n))
                {
                    data[i][member] = n;
                    continue;
                }
                var why = NumberText.Refusal(row[c].Value);
                errors.Add(new InputError(file, row[c].Line, row[c].Column, new Message(
                    $"{columns[i].Header.Value} の値: {why.In(Language.Ja)}", $"{columns[i].Header.Value}: {why.In(Language.En)}")));
                rowErrors++;
            }
        }
        return new Table([.. names], [.. parents], [.. columns.Select((c, i) => new Column(c.Metric, c.Target, c.Header, data[i].ToImmutable()))], [.. cells]);
    }
}
