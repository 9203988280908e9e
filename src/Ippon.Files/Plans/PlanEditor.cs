using System.Globalization;
using System.Text;
using Ippon.Inputs;
using Ippon.Numbers;
using Ippon.Plans;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Ippon.Files.Plans;

/// <summary>Edits a plan file's text in place: sets metric values and appends a revision, keeping every comment, key order and layout the user wrote.</summary>
/// <remarks>
/// Only the exact characters of the changed values are replaced (found through the YAML node positions) and the
/// revision is inserted as new lines, so the diff of a re-plan is those lines and nothing else. The result is read
/// back and compared with what was meant; if it does not read back to the same values, nothing is returned.
/// </remarks>
public static class PlanEditor
{
    /// <summary>The plan text with each change of <paramref name="revision"/> applied to its metric's <c>value:</c> and the revision appended to <c>revisions:</c>.</summary>
    /// <param name="directory">
    /// The folder of the plan file, where its dimension CSVs (<c>from:</c>) are read. Null (the default) for a plan
    /// that came as text (the web): it may not name files, as with <see cref="PlanReader.ParseWithoutFiles"/>, so
    /// no caller can read a file of the server by forgetting to say so.
    /// </param>
    public static ParseResult<string, InputError> AppendRevision(string yaml, Revision revision, string file = "plan.yaml", string? directory = null)
    {
        ParseResult<string, InputError> Fail(string ja, string en) => ParseResult<string, InputError>.Fail(new InputError(file, 0, 0, new Message(ja, en)));
        PlanReadResult Read(string text) => directory is null ? PlanReader.ParseWithoutFiles(text, file) : PlanReader.Parse(text, file, directory);
        var before = Read(yaml);
        if (!before.Success) return ParseResult<string, InputError>.Fail(before.Errors[0]);
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var edits = new List<(int Start, int End, string Text)>();
        var nl = yaml.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

        var metrics = Child(root, "metrics") as YamlMappingNode;
        foreach (var change in revision.Changes.Where(c => c.Field == "value" && c.To is not null))
        {
            var unit = before.Plan.Find(change.Metric)?.Unit ?? Unit.Number;
            var text = PlanWriter.Number(change.To!.Value, unit);
            if (metrics is null || Child(metrics, change.Metric) is not YamlMappingNode body)
                return Fail($"指標 {change.Metric} が見つかりません", $"no metric {change.Metric} to change");
            if (Child(body, "value") is YamlScalarNode value)
            {
                edits.Add(((int)value.Start.Index, (int)value.End.Index, text));
            }
            else if (body.Style == MappingStyle.Flow)
            {
                var close = (int)body.End.Index - 1;
                edits.Add((close, close, $", value: {text} "));
            }
            else
            {
                var first = body.Children.First().Key;
                var indent = new string(' ', (int)first.Start.Column - 1);
                var at = LineEnd(yaml, LastEnd(body));
                edits.Add((at, at, $"{indent}value: {text}{nl}"));
            }
        }

        var item = RevisionText(revision, id => before.Plan.Find(id)?.Unit);
        switch (Child(root, "revisions"))
        {
            case null:
                var end = yaml.Length;
                edits.Add((end, end, (yaml.EndsWith('\n') ? "" : nl) + "revisions:" + nl + Indent(item, "  ", nl)));
                break;
            case YamlSequenceNode { Style: SequenceStyle.Block } seq when seq.Children.Count > 0:
                var dash = new string(' ', (int)seq.Start.Column - 1);
                var at = LineEnd(yaml, LastEnd(seq.Children[^1]));
                edits.Add((at, at, (at == yaml.Length && !yaml.EndsWith('\n') ? nl : "") + Indent(item, dash, nl)));
                break;
            default:
                return Fail(
                    "revisions: がブロック形式のリスト (- date: ...) でないため、追記できません",
                    "revisions: is not a block list (- date: ...), so a revision cannot be appended to it");
        }

        var sb = new StringBuilder(yaml);
        foreach (var (start, stop, text) in edits.OrderByDescending(e => e.Start))
        {
            sb.Remove(start, stop - start);
            sb.Insert(start, text);
        }
        var result = sb.ToString();

        // Read it back: the values must be the new ones and the revision the last one, or nothing is written.
        var after = Read(result);
        var ok = after.Success
                 && after.Plan.Revisions.Length == before.Plan.Revisions.Length + 1
                 && revision.Changes.Where(c => c.Field == "value").All(c => after.Plan.Find(c.Metric)?.Value == c.To);
        return ok
            ? ParseResult<string, InputError>.Ok(result)
            : Fail("変更後の計画を読み直すと内容が一致しません。ファイルは書きませんでした",
                "the edited plan did not read back as intended; nothing was written");
    }

    static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: { } k } && k == key).Value;

    // Where a node's text really ends: a block collection's own end mark lies at the next token, so take its last scalar's (or flow collection's).
    static int LastEnd(YamlNode node) => node switch
    {
        YamlMappingNode { Style: MappingStyle.Flow } or YamlSequenceNode { Style: SequenceStyle.Flow } or YamlScalarNode => (int)node.End.Index,
        YamlMappingNode map => map.Children.Max(p => Math.Max(LastEnd(p.Key), LastEnd(p.Value))),
        YamlSequenceNode seq => seq.Children.Max(LastEnd),
        _ => (int)node.End.Index,
    };

    // The start of the line after the one holding index (or index itself when it already starts a line).
    static int LineEnd(string text, int index)
    {
        index = Math.Min(index, text.Length);
        if (index > 0 && text[index - 1] == '\n') return index;
        var nl = text.IndexOf('\n', index);
        return nl < 0 ? text.Length : nl + 1;
    }

    static string Indent(string block, string prefix, string newline) =>
        string.Concat(block.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).Select(l => prefix + l + newline));

    /// <summary>One revision as a block-list item: <c>- date: …</c>; values in their metric's unit (20%, 200万円) where <paramref name="unitOf"/> knows it.</summary>
    public static string RevisionText(Revision r, Func<string, Unit?>? unitOf = null)
    {
        var w = new StringBuilder();
        w.Append("- date: ").AppendLine(r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (r.Period is not null) w.Append("  period: ").AppendLine(PlanWriter.Quote(r.Period));
        if (r.Author is not null) w.Append("  author: ").AppendLine(PlanWriter.Quote(r.Author));
        w.Append("  reason: ").AppendLine(PlanWriter.Quote(r.Reason));
        if (!r.Changes.IsEmpty)
        {
            w.AppendLine("  changes:");
            foreach (var c in r.Changes)
            {
                w.Append("    ").Append(c.Metric).Append(": { field: ").Append(PlanWriter.Quote(c.Field));
                var unit = c.Field == "value" || c.Field == "target" ? unitOf?.Invoke(c.Metric) : null;
                if (c.From is { } f) w.Append(", from: ").Append(PlanWriter.Number(f, unit));
                if (c.To is { } t) w.Append(", to: ").Append(PlanWriter.Number(t, unit));
                w.AppendLine(" }");
            }
        }
        return w.ToString();
    }
}
