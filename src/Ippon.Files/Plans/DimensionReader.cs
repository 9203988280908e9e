using System.Collections.Immutable;
using Ippon.Dimensions;
using Ippon.Files.Actuals;
using Ippon.Numbers;
using Ippon.Plans;
using YamlDotNet.RepresentationModel;

namespace Ippon.Files.Plans;

/// <summary>Reads <c>dimensions:</c>: each a list of members, members with their parent (reps in regions), or a CSV of members with their values.</summary>
/// <example>
/// <code>
/// dimensions:
///   region: [東京, 大阪]
///   rep:
///     parent: region
///     members: { 田中: 東京, 佐藤: 大阪 }     # or: from: reps.csv
/// </code>
/// A CSV names the member in its first column and the parent in a column named after the parent dimension; every
/// other column is a metric id (the member's value of that metric) or <c>metric.target</c> (the member's target).
/// </example>
sealed class DimensionReader(PlanReader reader, string? directory)
{
    /// <summary>Per metric id: the member values read from CSV columns, with where each column was.</summary>
    public Dictionary<string, MemberColumn> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>Per metric id: the member targets read from <c>metric.target</c> columns.</summary>
    public Dictionary<string, MemberColumn> Targets { get; } = new(StringComparer.Ordinal);

    /// <summary>Every CSV column that names a metric, in file order (what <see cref="Ippon.Plans.PlanReferences"/> counts).</summary>
    public ImmutableArray<DimensionColumn> Columns() =>
    [
        .. Values.Concat(Targets)
            .OrderBy(c => c.Value.File, StringComparer.Ordinal).ThenBy(c => c.Value.Header.Line).ThenBy(c => c.Value.Header.Column)
            .Select(c => new DimensionColumn(c.Value.Dimension, Path.GetFileName(c.Value.File), c.Value.Header.Value, c.Key)),
    ];

    /// <summary>Dimensions that were declared but could not be read (their errors are already reported).</summary>
    public HashSet<string> Failed { get; } = new(StringComparer.Ordinal);

    public ImmutableArray<Dimension> Read(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, "dimensions: は「名前: [メンバー, ...]」の組で書いてください", "expected dimensions: as a mapping of name: [members]");
            return [];
        }
        var result = new List<Dimension>();
        foreach (var (k, v) in map.Children)
        {
            if (reader.String(k) is not { } name) continue;
            var dimension = ReadOne(name, v, result);
            if (dimension is not null) result.Add(dimension);
            else Failed.Add(name);
        }
        return [.. result];
    }

    Dimension? ReadOne(string name, YamlNode node, List<Dimension> earlier)
    {
        if (node is YamlSequenceNode seq)
            return Create(name, seq, [.. seq.Children.Select(reader.String).OfType<string>()], null, null);
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, $"次元 {name} はメンバーのリストか {{parent:, members:}} で書いてください",
                $"expected dimension {name} as a list of members or {{parent:, members:}}");
            return null;
        }
        Dimension? parent = null;
        YamlNode? members = null;
        YamlNode? from = null;
        foreach (var (k, v) in map.Children)
        {
            switch (reader.String(k))
            {
                case "parent":
                    var parentName = reader.String(v);
                    parent = earlier.FirstOrDefault(d => d.Name == parentName);
                    if (parent is null)
                    {
                        reader.Error(v, $"次元 {name} の parent '{parentName}' は、それより前に定義された次元ではありません",
                            $"parent '{parentName}' of dimension {name} is not a dimension declared before it");
                    }
                    break;
                case "members":
                    members = v;
                    break;
                case "from":
                    from = v;
                    break;
                default:
                    reader.Error(k, $"次元 {name} に未知のキーがあります (使えるキー: parent, members, from)", $"unknown key in dimension {name}; expected parent, members or from");
                    break;
            }
        }
        if (from is not null) return FromCsv(name, from, parent);
        if (members is null)
        {
            reader.Error(node, $"次元 {name} に members: か from: (CSV) がありません", $"dimension {name} has neither members: nor from: (a CSV)");
            return null;
        }
        if (parent is null)
        {
            if (members is YamlSequenceNode s) return Create(name, members, [.. s.Children.Select(reader.String).OfType<string>()], null, null);
            reader.Error(members, $"次元 {name} の members: はリストで書いてください", $"expected members: of {name} as a list");
            return null;
        }
        if (members is not YamlMappingNode pairs)
        {
            reader.Error(members, $"次元 {name} の members: は「メンバー: {parent.Name}のメンバー」の組で書いてください",
                $"expected members: of {name} as a mapping of member: {parent.Name} member");
            return null;
        }
        var names = new List<string>();
        var parents = new List<int>();
        foreach (var (mk, mv) in pairs.Children)
        {
            if (reader.String(mk) is not { } member || reader.String(mv) is not { } of) continue;
            var p = parent.IndexOf(of);
            if (p < 0)
            {
                reader.Error(mv, $"{member} の親 '{of}' は次元 {parent.Name} のメンバーではありません", $"parent '{of}' of {member} is not a member of {parent.Name}");
                continue;
            }
            names.Add(member);
            parents.Add(p);
        }
        return Create(name, members, names, parent, parents);
    }

    Dimension? FromCsv(string name, YamlNode fromNode, Dimension? parent)
    {
        if (reader.String(fromNode) is not { } relative) return null;
        if (directory is null)
        {
            reader.Error(fromNode, $"次元 {name} の from: {relative}: この計画はファイルからではなくテキストで届いたため、サーバーのファイルは読めません。members: でメンバーを書いてください",
                $"from: {relative} of dimension {name}: this plan came as text, not from a file, so it cannot read files on the server; list the members under members:");
            return null;
        }
        var path = Path.IsPathRooted(relative) ? relative : Path.Combine(directory, relative);
        var read = TextFile.Read(path, 256L * 1024 * 1024, "CSV");
        if (!read.Success)
        {
            var error = read.Errors[0];
            reader.Error(fromNode, $"次元 {name} の CSV {relative}: {error.Message.In(Language.Ja)}", $"CSV {relative} of dimension {name}: {error.Message.In(Language.En)}");
            return null;
        }
        var errors = new List<InputError>();
        var table = MemberCsv.Read(read.Value!, path, name, parent, errors);
        foreach (var e in errors) reader.Add(e);
        if (table is null) return null;
        foreach (var c in table.Columns)
        {
            var into = c.Target ? Targets : Values;
            into[c.Metric] = new MemberColumn(name, new Dictionary<string, decimal>(c.Values, StringComparer.Ordinal), path, c.Header);
        }
        return Create(name, fromNode, [.. table.Members], parent, parent is null ? null : [.. table.Parents]);
    }

    Dimension? Create(string name, YamlNode at, List<string> members, Dimension? parent, List<int>? parents)
    {
        var duplicate = members.GroupBy(m => m).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            reader.Error(at, $"次元 {name} にメンバー '{duplicate.Key}' が2回あります", $"member '{duplicate.Key}' appears twice in dimension {name}");
            return null;
        }
        if (members.Count == 0)
        {
            reader.Error(at, $"次元 {name} にメンバーがありません", $"dimension {name} has no members");
            return null;
        }
        return new Dimension(name, members, parent, parents);
    }
}

/// <summary>One metric's member values (or targets) read from a dimension's CSV column.</summary>
sealed record MemberColumn(string Dimension, Dictionary<string, decimal> Values, string File, CsvField Header);
