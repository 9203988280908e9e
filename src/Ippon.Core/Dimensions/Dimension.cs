using System.Collections.Immutable;

namespace Ippon.Dimensions;

/// <summary>A list of members a metric can vary over (regions, reps, months), optionally nested in a parent dimension.</summary>
/// <remarks>A rep belongs to exactly one region: <see cref="ParentOf"/> gives, for each member, its member of <see cref="Parent"/>.</remarks>
public sealed class Dimension
{
    Dictionary<string, int>? _index;

    /// <summary>Creates a dimension; member names should be unique (see <see cref="Duplicate"/>).</summary>
    public Dimension(string name, IEnumerable<string> members, Dimension? parent = null, IEnumerable<int>? parentOf = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Members = [.. members];
        Parent = parent;
        ParentOf = parentOf is null ? [] : [.. parentOf];
        if (parent is not null && ParentOf.Length != Members.Length)
            throw new ArgumentException("every member needs a parent member", nameof(parentOf));
    }

    /// <summary>The dimension's name as used in plans: <c>region</c>, <c>rep</c>.</summary>
    public string Name { get; }

    /// <summary>The members, in plan order.</summary>
    public ImmutableArray<string> Members { get; }

    /// <summary>How many members there are.</summary>
    public int Count => Members.Length;

    /// <summary>The dimension this one nests in (reps in regions), or null.</summary>
    public Dimension? Parent { get; }

    /// <summary>For each member, the index of its parent member in <see cref="Parent"/>.</summary>
    public ImmutableArray<int> ParentOf { get; }

    /// <summary>The index of <paramref name="member"/>, or -1.</summary>
    public int IndexOf(string member) => Index().GetValueOrDefault(member, -1);

    /// <summary>The first member name that appears twice, or null (plan readers report it; the index keeps the first).</summary>
    public string? Duplicate()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return Members.FirstOrDefault(m => !seen.Add(m));
    }

    // Built on first lookup: a dimension of 100,000 generated members need not pay for it up front.
    Dictionary<string, int> Index()
    {
        if (_index is not null) return _index;
        var index = new Dictionary<string, int>(Members.Length, StringComparer.Ordinal);
        for (var i = 0; i < Members.Length; i++) index.TryAdd(Members[i], i);
        return _index = index;
    }

    /// <summary>True when <paramref name="other"/> is this dimension or one of its ancestors.</summary>
    public bool IsWithin(Dimension other)
    {
        for (var d = this; d is not null; d = d.Parent)
            if (ReferenceEquals(d, other)) return true;
        return false;
    }

    /// <summary>Maps a member of this dimension to its member of <paramref name="ancestor"/> (this dimension or an ancestor).</summary>
    public int MapTo(Dimension ancestor, int member)
    {
        var d = this;
        while (!ReferenceEquals(d, ancestor))
        {
            member = d!.ParentOf[member];
            d = d.Parent;
        }
        return member;
    }

    public override string ToString() => Name;
}
