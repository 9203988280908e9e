using System.Globalization;
using Ippon.Calculation;
using Ippon.Dimensions;
using Ippon.Formulas.Syntax;
using Ippon.Numbers;
using Ippon.Plans;
using L = Ippon.Export.Excel.WorkbookLayout;

namespace Ippon.Export.Excel;

/// <summary>
/// The sheets of a plan over dimensions: one per dimension (region, rep), one row per member, and per metric that
/// varies over that dimension a target and a planned column, per action on it a volume and a load column.
/// </summary>
/// <remarks>
/// <para>Planned values are live formulas, row by row: <c>rep_orders * unit_price</c> on 田中's row reads 田中's orders
/// and, for the region-level unit price, the price on the region sheet of 田中's region (INDEX/MATCH); <c>sum(rep_revenue)</c>
/// on a region's row adds that region's reps (SUMIF), on the tree sheet all of them (SUM). The members' own values are
/// the yellow cells.</para>
/// <para>Targets derived by inverting a formula on the member's row are live too (<c>ROUNDUP(rep_orders_target/unit_price,0)</c>
/// on the row). A target Ippon allocates from a total (whole yen by the largest remainder, in proportion to weights) or
/// solves numerically is written as the engine's number: the workbook's model is the member's chain below it.</para>
/// <para>Metrics over two dimensions at once (rep × month) are not written per member.</para>
/// </remarks>
sealed class DimensionSheets
{
    const int FirstRow = L.HeaderRow + 1;

    readonly PlanResult _r;
    readonly ExportContext _c;
    readonly Styles _styles;
    readonly NameTable _names;
    readonly Dictionary<Dimension, Layout> _layouts = [];

    /// <summary>One dimension's sheet: its layout, and which metrics and actions have columns on it.</summary>
    sealed record Layout(Dimension Dimension, SheetLayout Sheet, IReadOnlyList<MetricResult> Metrics, IReadOnlyList<ActionResult> Actions, IReadOnlyList<Dimension> Ancestors);

    public DimensionSheets(ExportContext c, Styles styles, NameTable names)
    {
        _c = c;
        _r = c.Result;
        _styles = styles;
        _names = names;
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            L.Tree.Name(c.Language), L.Inputs.Name(c.Language), L.Actions.Name(c.Language), L.Plan.Name(c.Language), L.Scenarios.Name(c.Language),
            L.Revisions.Name(c.Language), ActualsSheet.Layout.Name(c.Language),
        };
        foreach (var d in _r.Plan.Dimensions)
        {
            var metrics = _r.Metrics.Where(m => m.Shape.Dims.Length == 1 && ReferenceEquals(m.Shape.Dims[0], d)).ToList();
            var actions = _r.Actions.Where(a => _r.Metric(a.Action.Drives) is { } m && metrics.Contains(m)).ToList();
            var ancestors = new List<Dimension>();
            for (var p = d.Parent; p is not null; p = p.Parent) ancestors.Add(p);
            var columns = new List<Column> { new("member", d.Name, d.Name, 14) };
            columns.AddRange(ancestors.Select(a => new Column("in:" + a.Name, a.Name, a.Name, 12)));
            foreach (var m in metrics)
            {
                if (HasTargets(m)) columns.Add(new Column("t:" + m.Id, $"{m.Metric.Label} 目標", $"{m.Metric.Label} target", 15));
                columns.Add(new Column("p:" + m.Id, Words.IsAssumption(m.Metric) ? m.Metric.Label : $"{m.Metric.Label} 計画", Words.IsAssumption(m.Metric) ? m.Metric.Label : $"{m.Metric.Label} planned", 15));
            }
            foreach (var a in actions)
            {
                columns.Add(new Column("v:" + a.Id, $"{a.Action.Label} 実施量", $"{a.Action.Label} volume", 14));
                if (a.Capacity is not null) columns.Add(new Column("l:" + a.Id, $"{a.Action.Label} 負荷", $"{a.Action.Label} load", 10));
            }
            var ja = Unique(Clip($"{d.Name}別"), used);
            var en = Unique(Clip($"by {d.Name}"), used);
            _layouts[d] = new Layout(d, new SheetLayout(ja, en, [.. columns]), metrics, actions, ancestors);
        }
    }

    /// <summary>True when the plan has members: the workbook then has these sheets and writes totals on the tree sheet.</summary>
    public bool Any => _layouts.Count > 0;

    static bool HasTargets(MetricResult m) => m.Targets.Any(t => t is not null) && !Words.IsAssumption(m.Metric);

    static string Clip(string name)
    {
        // A sheet name has at most 31 characters and none of : \ / ? * [ ].
        var clean = new string([.. name.Where(ch => ch is not (':' or '\\' or '/' or '?' or '*' or '[' or ']'))]);
        return clean.Length <= 31 ? clean : clean[..31];
    }

    static string Unique(string name, HashSet<string> used)
    {
        var candidate = name;
        for (var i = 2; !used.Add(candidate); i++) candidate = Clip(name[..Math.Min(name.Length, 28)] + " " + i.ToString(CultureInfo.InvariantCulture));
        return candidate;
    }

    string SheetName(Dimension d) => _layouts[d].Sheet.Name(_c.Language);

    /// <summary>The absolute range of a column over all the members: '担当別'!$E$4:$E$13.</summary>
    string Range(Dimension d, string key)
    {
        var layout = _layouts[d];
        var letter = layout.Sheet.Letter(key);
        var last = (FirstRow + d.Count - 1).ToString(CultureInfo.InvariantCulture);
        return $"'{SheetName(d).Replace("'", "''", StringComparison.Ordinal)}'!${letter}${FirstRow.ToString(CultureInfo.InvariantCulture)}:${letter}${last}";
    }

    /// <summary>The dimension a metric has one column per member on, or null (a scalar, or over several dimensions).</summary>
    Dimension? Over(string id) => _r.Metric(id) is { } m && m.Shape.Dims.Length == 1 && _layouts.ContainsKey(m.Shape.Dims[0]) ? m.Shape.Dims[0] : null;

    bool IsScalar(string id) => _r.Metric(id) is { } m && m.Shape.IsScalar;

    /// <summary>How a formula on a scalar row (the tree sheet) reads a metric: its defined name, or all its members' cells (inside SUM, MIN, MAX, AVERAGE).</summary>
    public Func<string, string> ScalarNames(bool target) => id =>
        Over(id) is { } d ? Range(d, (target ? "t:" : "p:") + id) : target ? _names.Target(id) : _names.Planned(id);

    /// <summary>True when every metric <paramref name="expr"/> reads can be written on a row of <paramref name="host"/> (null: a scalar row).</summary>
    bool Writable(Expr expr, Dimension? host, bool inSum = false)
    {
        switch (expr)
        {
            case Ref r:
                if (IsScalar(r.Id)) return true;
                if (Over(r.Id) is not { } d) return false;
                if (host is null) return inSum;                                  // all members, inside an aggregate
                if (ReferenceEquals(d, host) || host.IsWithin(d)) return true;  // the row's own member, or its region
                return d.IsWithin(host) && inSum;                               // the row's reps, inside sum()
            case Call c:
                var fn = c.Function.ToLowerInvariant();
                var aggregate = host is null ? fn is "sum" or "min" or "max" or "avg" : fn == "sum";
                return c.Args.All(a => Writable(a, host, aggregate && c.Args.Length == 1 && a is Ref));
            case Unary u:
                return Writable(u.Operand, host);
            case Binary b:
                return Writable(b.Left, host) && Writable(b.Right, host);
            default:
                return true;
        }
    }

    /// <summary>How a formula on member row <paramref name="row"/> of <paramref name="host"/> reads a metric.</summary>
    Func<string, string> RowNames(Dimension host, int row, bool target) => id =>
    {
        var prefix = target ? "t:" : "p:";
        if (Over(id) is not { } d) return target ? _names.Target(id) : _names.Planned(id);
        var layout = _layouts[host];
        var rowText = row.ToString(CultureInfo.InvariantCulture);
        if (ReferenceEquals(d, host)) return layout.Sheet.Letter(prefix + id) + rowText;
        if (host.IsWithin(d))
            return $"INDEX({Range(d, prefix + id)},MATCH({layout.Sheet.Letter("in:" + d.Name)}{rowText},{Range(d, "member")},0))";
        // A finer dimension inside sum(): the row's members, e.g. the reps of this region.
        return $"SUMIF({Range(d, "in:" + host.Name)},{layout.Sheet.Letter("member")}{rowText},{Range(d, prefix + id)})";
    };

    /// <summary>The tree sheet's target of a metric over a dimension: the sum of its members' targets (quantities), else null.</summary>
    public string? TotalTarget(MetricResult m) =>
        Over(m.Id) is { } d && HasTargets(m) && Summable(m) ? $"SUM({Range(d, "t:" + m.Id)})" : null;

    /// <summary>The tree sheet's planned value of a metric over a dimension: the sum of its members' (quantities), else null.</summary>
    public string? TotalPlanned(MetricResult m) =>
        Over(m.Id) is { } d && Summable(m) ? $"SUM({Range(d, "p:" + m.Id)})" : null;

    static bool Summable(MetricResult m) => m.Kind != MetricKind.Quality && m.Metric.Unit.Kind != UnitKind.Ratio;

    /// <summary>The scalar metric's planned formula on the tree sheet, or null when it reads members in a way a cell cannot (then its number is written).</summary>
    public string? ScalarPlanned(Metric metric) =>
        metric.Formula is { } f && Writable(f.Expr, null) ? ExcelFormula.Forward(f.Expr, ScalarNames(false)) : null;

    /// <summary>The scalar metric's derived target formula on the tree sheet, or null when it cannot be written.</summary>
    public string? ScalarTarget(MetricResult m) =>
        m.Derivation is { } d && DerivedFrom(d, null) ? ExcelFormula.Target(_r, m, d, ScalarNames(false), ScalarNames(true)) : null;

    // The parent's formula can be inverted on this row: the parent is a scalar or on the same row (or its region).
    bool DerivedFrom(Derivation d, Dimension? host)
    {
        if (d.Kind != DerivationKind.Inverted || _r.Metric(d.Parent)?.Metric.Formula is not { } formula) return d.Kind != DerivationKind.Inverted && host is null && IsScalar(d.Parent) && d.Steps.All(s => s.Metric is null || IsScalar(s.Metric));
        return Writable(formula.Expr, host) && (IsScalar(d.Parent) || (host is not null && Over(d.Parent) is { } p && (ReferenceEquals(p, host) || host.IsWithin(p))));
    }

    /// <summary>The action's total volume over the members on the actions sheet.</summary>
    public string? TotalVolume(ActionResult a) => Over(a.Action.Drives) is { } d ? $"SUM({Range(d, "v:" + a.Id)})" : null;

    /// <summary>The action's load on the actions sheet: the busiest member's volume over the capacity, which is each member's.</summary>
    public string? PeakVolume(ActionResult a) => Over(a.Action.Drives) is { } d ? $"MAX({Range(d, "v:" + a.Id)})" : null;

    /// <summary>The sum of the driven metric's member targets, for the actions sheet's coverage.</summary>
    public string? DrivenTarget(ActionResult a) => _r.Metric(a.Action.Drives) is { } m && TotalTarget(m) is { } t ? t : null;

    /// <summary>The sheets, one per dimension.</summary>
    /// <param name="volume">Writes an action's volume formula given the driven target's reference on the row and the action's own volume cell.</param>
    /// <param name="capacity">The absolute reference of an action's capacity cell on the actions sheet.</param>
    public IEnumerable<(SheetLayout Layout, SheetWriter Writer)> Sheets(Func<ActionResult, string, Func<ActionResult, string>, string?> volume, Func<ActionResult, string?> capacity)
    {
        foreach (var layout in _layouts.Values)
        {
            var d = layout.Dimension;
            var w = new SheetWriter(layout.Sheet);
            w.Text(1, 0, $"{_r.Plan.Title} — {(_c.Language.T($"{d.Name}別", $"by {d.Name}"))}", _styles.Get(Look.Title));
            w.Text(2, 0, _c.T(
                "黄色のセルはメンバーごとの値です。計画は式で計算し、目標は各メンバーの率で逆算しています (配分された目標は Ippon の値)。",
                "Yellow cells are each member's own values. Planned values are formulas; targets are back-calculated with each member's rates (allocated targets are Ippon's numbers)."), _styles.Get(Look.Muted));
            var header = _styles.Get(Look.Header);
            for (var i = 0; i < layout.Sheet.Columns.Length; i++) w.Text(L.HeaderRow, i, layout.Sheet.Columns[i].Header(_c.Language), header);
            var plain = _styles.Get(Look.Plain);
            for (var k = 0; k < d.Count; k++)
            {
                var row = FirstRow + k;
                w.Text(row, "member", d.Members[k], _styles.Get(Look.Key));
                var member = k;
                for (var a = d; a.Parent is not null; a = a.Parent)
                {
                    member = a.ParentOf[member];
                    w.Text(row, "in:" + a.Parent.Name, a.Parent.Members[member], plain);
                }
                foreach (var m in layout.Metrics) Metric(w, layout, m, k, row);
                foreach (var a in layout.Actions)
                {
                    var driven = _r.Metric(a.Action.Drives)!;
                    var style = _styles.Get(Look.Key, NumberFormats.For(a.Action.Unit, _c.Language));
                    var target = HasTargets(driven) ? layout.Sheet.Letter("t:" + driven.Id) + row.ToString(CultureInfo.InvariantCulture) : null;
                    var formula = target is null || a.Action.Volume is not null ? null
                        : volume(a, target, o => layout.Sheet.Columns.Any(col => col.Key == "v:" + o.Id) ? w.At("v:" + o.Id, row) : "0");
                    if (formula is not null) w.Formula(row, "v:" + a.Id, formula, style);
                    else w.Number(row, "v:" + a.Id, a.Volumes[k], style);
                    if (a.Capacity is not null && capacity(a) is { } cap)
                        w.Formula(row, "l:" + a.Id, $"IFERROR({w.At("v:" + a.Id, row)}/{cap},\"\")", _styles.Get(Look.Formula, NumberFormats.Percent));
                }
            }
            yield return (layout.Sheet, w);
        }
    }

    void Metric(SheetWriter w, Layout layout, MetricResult m, int k, int row)
    {
        var metric = m.Metric;
        var d = layout.Dimension;
        var unit = metric.Unit;
        var input = _styles.Get(Look.Input, NumberFormats.For(unit, _c.Language));
        var key = _styles.Get(Look.Key, NumberFormats.For(unit, _c.Language));
        var formulaStyle = _styles.Get(Look.Formula, NumberFormats.For(unit, _c.Language));
        var hasTarget = HasTargets(m);
        if (hasTarget)
        {
            if (m.Sources[k] == TargetSource.Explicit)
            {
                w.Number(row, "t:" + m.Id, m.Targets[k], input);
            }
            else if (m.Derivations[k] is { } derivation && DerivedFrom(derivation, d)
                     && ExcelFormula.Target(_r, m, derivation, RowNames(d, row, false), RowNames(d, row, true)) is { } target)
            {
                w.Formula(row, "t:" + m.Id, target, key);
            }
            else
            {
                w.Number(row, "t:" + m.Id, m.Targets[k], key);
            }
        }
        if (metric.Formula is { } f)
        {
            if (Writable(f.Expr, d)) w.Formula(row, "p:" + m.Id, ExcelFormula.Forward(f.Expr, RowNames(d, row, false)), formulaStyle);
            else w.Number(row, "p:" + m.Id, m.Planned[k], formulaStyle);
        }
        else if (metric.Value is not null || metric.MemberValues.ContainsKey(d.Members[k]))
        {
            w.Number(row, "p:" + m.Id, m.Planned[k], input);
        }
        else if (hasTarget)
        {
            w.Formula(row, "p:" + m.Id, w.At("t:" + m.Id, row), formulaStyle); // an input without a value is planned at its target
        }
        else
        {
            w.Number(row, "p:" + m.Id, m.Planned[k], input);
        }
    }
}
