namespace Ippon.Web.Features.Actuals;

/// <summary>
/// The actuals typed into the reps' own grids (the members tab) and not stored yet: one <see cref="TypedActuals"/> per
/// rep, owned by the page like the Actuals tab's, so that they survive clicking another rep or tab and go into the
/// user's draft beside the Actuals tab's cells (<see cref="TypedCell"/>s carrying the rep), restored after a reload or
/// a restart.
/// </summary>
public sealed class MembersTypedActuals
{
    readonly Dictionary<(string Dimension, string Member), TypedActuals> _members = [];

    /// <summary>Raised after a cell of any rep was typed, cleared or stored: the page autosaves the draft.</summary>
    public event Action? Changed;

    /// <summary>How many cells are typed over every rep.</summary>
    public int Count => _members.Values.Sum(t => t.Count);

    /// <summary>The typed cells of <paramref name="member"/> of <paramref name="dimension"/>, the same object each time (the rep's grid keeps it).</summary>
    public TypedActuals For(string dimension, string member)
    {
        if (_members.TryGetValue((dimension, member), out var typed)) return typed;
        typed = new TypedActuals();
        typed.Changed += () => Changed?.Invoke();
        _members[(dimension, member)] = typed;
        return typed;
    }

    /// <summary>Replaces every rep's cells by the reps' cells among <paramref name="cells"/> (a restored draft, or nothing after 破棄).</summary>
    public void Reset(IEnumerable<TypedCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var byMember = cells.Where(c => c is { Dimension: not null, Member: not null }).ToLookup(c => (c.Dimension!, c.Member!));
        foreach (var key in _members.Keys.Union(byMember.Select(g => g.Key)).ToList()) For(key.Item1, key.Item2).Reset(byMember[key].Select(c => c with { Dimension = null, Member = null }));
    }

    /// <summary>Every rep's cells as the draft stores them.</summary>
    public IReadOnlyList<TypedCell> ToList() =>
        [.. _members.SelectMany(m => m.Value.ToList().Select(c => c with { Dimension = m.Key.Dimension, Member = m.Key.Member }))];
}
