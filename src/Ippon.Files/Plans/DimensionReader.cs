using System.Collections.Immutable;
using Ippon.Dimensions;
using YamlDotNet.RepresentationModel;

namespace Ippon.Files.Plans;

/// <summary>Reads <c>dimensions:</c>: each a list of members, or members with their parent (reps in regions).</summary>
/// <example>
/// <code>
/// dimensions:
///   region: [東京, 大阪]
///   rep:
///     parent: region
///     members: { 田中: 東京, 佐藤: 大阪 }
/// </code>
/// </example>
sealed class DimensionReader(PlanReader reader)
{
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
                default:
                    reader.Error(k, $"次元 {name} に未知のキーがあります (使えるキー: parent, members)", $"unknown key in dimension {name}; expected parent or members");
                    break;
            }
        }
        if (members is null)
        {
            reader.Error(node, $"次元 {name} に members: がありません", $"dimension {name} has no members:");
            return null;
        }
        if (parent is null)
        {
            return members is YamlSequenceNode s
                ? Create(name, members, [.. s.Children.Select(reader.String).OfType<string>()], null, null)
                : null;
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
