namespace Ippon.Web.Features.Actuals;

/// <summary>
/// The actuals typed into the grid and not stored yet, as typed (<c>1,200万円</c>), per period and metric. The page
/// owns them, not the grid, so they survive switching tabs, and they go into the user's draft with the plan's edits.
/// </summary>
public sealed class TypedActuals
{
    readonly Dictionary<(string Period, string Metric), string> _cells = [];

    public IReadOnlyDictionary<(string Period, string Metric), string> Cells => _cells;

    public int Count => _cells.Count;

    /// <summary>Raised after a cell was typed, cleared or the cells were stored: the page autosaves the draft.</summary>
    public event Action? Changed;

    public bool TryGet((string Period, string Metric) key, out string text) => _cells.TryGetValue(key, out text!);

    /// <summary>Keeps <paramref name="text"/> for the cell, or forgets the cell when <paramref name="text"/> is null (back to what is stored).</summary>
    public void Set((string Period, string Metric) key, string? text)
    {
        var changed = text is null ? _cells.Remove(key) : !_cells.TryGetValue(key, out var old) || old != text;
        if (text is not null) _cells[key] = text;
        if (changed) Changed?.Invoke();
    }

    /// <summary>Replaces every cell (a restored draft, or nothing after a save); a rep's cells (<see cref="TypedCell.Member"/>) are <see cref="MembersTypedActuals"/>' and left out here.</summary>
    public void Reset(IEnumerable<TypedCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        _cells.Clear();
        foreach (var c in cells.Where(c => c.Member is null)) _cells[(c.Period, c.Metric)] = c.Text;
        Changed?.Invoke();
    }

    /// <summary>The cells as the draft stores them.</summary>
    public IReadOnlyList<TypedCell> ToList() => [.. _cells.Select(c => new TypedCell(c.Key.Period, c.Key.Metric, c.Value))];
}

/// <summary>One typed actual: the period, the metric id and the text as typed; for a rep's own grid (members tab), the rep's dimension and name (null for the Actuals tab's).</summary>
public sealed record TypedCell(
    string Period,
    string Metric,
    string Text,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Dimension = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Member = null);
