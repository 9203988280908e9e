using System.Text.RegularExpressions;

namespace Ippon.Export.Excel;

/// <summary>The workbook's defined names: <c>win_rate</c> for a metric's planned value, <c>deals_target</c> for its target.</summary>
/// <remarks>
/// A metric id is used as it is unless Excel would read it as a cell reference (<c>ksf1</c> is column KSF, row 1;
/// <c>r2c3</c> is R1C1 notation) or a constant (<c>true</c>): such ids get a leading underscore, which no id has.
/// A target name that collides with another name gets the prefix <c>_t_</c> instead of the suffix.
/// </remarks>
public sealed partial class NameTable
{
    readonly Dictionary<string, string> _planned = [];
    readonly Dictionary<string, string> _targets = [];

    public NameTable(IEnumerable<string> metricIds)
    {
        var ids = metricIds.ToList();
        foreach (var id in ids) _planned[id] = Safe(id);
        var used = new HashSet<string>(_planned.Values, StringComparer.OrdinalIgnoreCase);
        foreach (var id in ids)
        {
            var name = Safe(id + "_target");
            if (!used.Add(name)) name = "_t_" + id;
            used.Add(name);
            _targets[id] = name;
        }
    }

    /// <summary>The name of the cell holding <paramref name="id"/>'s planned (or assumed) value.</summary>
    public string Planned(string id) => _planned.TryGetValue(id, out var n) ? n : Safe(id);

    /// <summary>The name of the cell holding <paramref name="id"/>'s target.</summary>
    public string Target(string id) => _targets.TryGetValue(id, out var n) ? n : Safe(id + "_target");

    /// <summary>The metric whose planned value or target <paramref name="name"/> names, or null.</summary>
    public (string Id, bool IsTarget)? Resolve(string name)
    {
        foreach (var (id, n) in _planned)
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) return (id, false);
        foreach (var (id, n) in _targets)
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) return (id, true);
        return null;
    }

    /// <summary>True when Excel accepts <paramref name="name"/> as a defined name (not a cell reference, not a constant).</summary>
    public static bool IsValid(string name) =>
        name.Length is > 0 and <= 255
        && (char.IsLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '.')
        && !CellLike().IsMatch(name)
        && !RowColumnLike().IsMatch(name)
        && !string.Equals(name, "true", StringComparison.OrdinalIgnoreCase)
        && !string.Equals(name, "false", StringComparison.OrdinalIgnoreCase);

    static string Safe(string id) => IsValid(id) ? id : "_" + id;

    [GeneratedRegex("^[a-zA-Z]{1,3}[0-9]+$")]
    private static partial Regex CellLike();

    [GeneratedRegex("^[rRcC][0-9]*([cC][0-9]*)?$")]
    private static partial Regex RowColumnLike();
}
