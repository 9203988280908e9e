using Ippon.Calculation;
using Ippon.Plans;

namespace Ippon.Web.Features.Editing;

/// <summary>
/// Places a calculated plan as a left-to-right diagram: the KGI on the left, the inputs of each formula in the next
/// column, each action in the column after the metric it drives. Leaves take consecutive rows; a parent sits at the middle of its
/// children, so the diagram reads like the 逆算 chain on paper. Metrics not connected to the KGI come below.
/// Each box has the size its text needs (<see cref="BoxSize"/>, measured by the diagram); a column is as wide as its
/// widest box, so a long name or value widens its column instead of spilling out of its box.
/// </summary>
public sealed class TreeLayout
{
    /// <summary>The width of a box when nobody measured its text (the layout tests, a plan drawn without its texts).</summary>
    public const double NodeWidth = 210;
    public const double ColumnGap = 36;
    public const double MetricHeight = 90;
    public const double AssumptionHeight = 64;
    public const double RowGap = 14;
    public const double Margin = 16;

    readonly PlanResult _result;
    readonly Func<string, NodeKind, BoxSize> _size;
    readonly List<double> _columnWidths = [];
    readonly List<TreeNode> _nodes = [];
    readonly List<TreeEdge> _edges = [];
    readonly Dictionary<string, TreeNode> _placed = new(StringComparer.Ordinal);
    readonly Dictionary<int, double> _columnBottom = [];
    double _cursor = Margin;

    TreeLayout(PlanResult result, Func<string, NodeKind, BoxSize> size)
    {
        _result = result;
        _size = size;
    }

    /// <summary>The size of a box: its width (the column takes the widest) and its height.</summary>
    public readonly record struct BoxSize(double Width, double Height);

    /// <summary>The fixed sizes used when the diagram does not measure its texts.</summary>
    public static BoxSize DefaultSize(NodeKind kind) => new(NodeWidth, kind is NodeKind.Assumption ? AssumptionHeight : MetricHeight);

    public IReadOnlyList<TreeNode> Nodes => _nodes;

    public IReadOnlyList<TreeEdge> Edges => _edges;

    /// <summary>Where the metrics not connected to the KGI start (null when every metric is connected).</summary>
    public double? UnconnectedTop { get; private set; }

    public double Width { get; private set; }

    public double Height { get; private set; }

    /// <summary>The boxes placed under <paramref name="id"/> (null: the boxes placed under none), top to bottom.</summary>
    public IEnumerable<TreeNode> Children(string? id) => _nodes.Where(n => n.Parent == id).OrderBy(n => n.Connected ? 0 : 1).ThenBy(n => n.Y);

    /// <summary>The node of <paramref name="id"/>, if it is drawn.</summary>
    public TreeNode? Find(string id) => _placed.GetValueOrDefault(id);

    /// <summary>The left edge of <paramref name="column"/>.</summary>
    public double X(int column)
    {
        var x = Margin;
        for (var c = 0; c < column && c < _columnWidths.Count; c++) x += _columnWidths[c] + ColumnGap;
        return x;
    }

    /// <summary>The width of the boxes of <paramref name="column"/> (its widest box's).</summary>
    public double ColumnWidth(int column) => column < _columnWidths.Count ? _columnWidths[column] : NodeWidth;

    public static TreeLayout Build(PlanResult result, Func<string, NodeKind, BoxSize>? size = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var layout = new TreeLayout(result, size ?? ((_, kind) => DefaultSize(kind)));
        layout.Run();
        return layout;
    }

    void Run()
    {
        if (_result.Kgi is { } kgi) Place(kgi.Id, null, 0, connected: true);
        var rest = _result.Metrics.Where(m => !_placed.ContainsKey(m.Id) && (m.Metric.Role is not null || m.Metric.Formula is not null || IsUnused(m.Id))).ToList();
        if (rest.Count > 0)
        {
            _cursor += 28;
            UnconnectedTop = _cursor;
            _cursor += 22;
            foreach (var m in rest)
            {
                if (!_placed.ContainsKey(m.Id)) Place(m.Id, null, 0, connected: false);
            }
        }
        foreach (var a in _result.Actions.Where(a => !_placed.ContainsKey(a.Id)))
        {
            UnconnectedTop ??= _cursor + 28;
            PlaceAction(a, null, 0, connected: false);
        }
        var columns = _nodes.Count == 0 ? 1 : _nodes.Max(n => n.Column) + 1;
        for (var c = 0; c < columns; c++) _columnWidths.Add(_nodes.Where(n => n.Column == c).Select(n => n.Width).DefaultIfEmpty(NodeWidth).Max());
        for (var i = 0; i < _nodes.Count; i++)
        {
            var n = _nodes[i];
            _nodes[i] = n with { Width = _columnWidths[n.Column] };
            _placed[n.Id] = _nodes[i];
        }
        Width = X(columns) - ColumnGap + Margin;
        Height = _cursor + Margin;
    }

    // Places a metric and everything under it; returns the centre y of the node.
    double Place(string id, string? parent, int column, bool connected)
    {
        var metric = _result.Metric(id)!;
        var kind = KindOf(metric.Metric);
        var size = _size(id, kind);
        var height = size.Height;
        _placed[id] = null!; // reserved: a formula that reads this metric again only draws a line
        var centres = new List<double>();
        if (metric.Metric.Formula is { } f)
        {
            foreach (var child in f.References)
            {
                if (_result.Metric(child) is null) continue;
                _edges.Add(new TreeEdge(id, child, false));
                if (_placed.ContainsKey(child)) continue;
                centres.Add(Place(child, id, column + 1, connected));
            }
        }
        foreach (var a in _result.ActionsDriving(id))
        {
            _edges.Add(new TreeEdge(id, a.Id, true));
            if (!_placed.ContainsKey(a.Id)) centres.Add(PlaceAction(a, id, column + 1, connected));
        }
        var top = centres.Count == 0 ? _cursor : ((centres.Min() + centres.Max()) / 2) - (height / 2);
        top = Reserve(column, top, height);
        var node = new TreeNode(id, kind, column, top, height, connected) { Parent = parent, Width = size.Width };
        _placed[id] = node;
        _nodes.Add(node);
        return top + (height / 2);
    }

    double PlaceAction(ActionResult action, string? parent, int column, bool connected)
    {
        var size = _size(action.Id, NodeKind.Action);
        var top = Reserve(column, _cursor, size.Height);
        var node = new TreeNode(action.Id, NodeKind.Action, column, top, size.Height, connected) { Parent = parent, Width = size.Width };
        _placed[action.Id] = node;
        _nodes.Add(node);
        return top + (size.Height / 2);
    }

    // Keeps a box below the one above it in its column (a parent centred on its children could reach up into it)
    // and moves the next free row below the box.
    double Reserve(int column, double top, double height)
    {
        if (_columnBottom.TryGetValue(column, out var bottom) && top < bottom + RowGap) top = bottom + RowGap;
        _columnBottom[column] = top + height;
        _cursor = Math.Max(_cursor, top + height + RowGap);
        return top;
    }

    bool IsUnused(string id) =>
        !_result.ReadersOf(id).Any() && !_result.ActionsDriving(id).Any();

    public static NodeKind KindOf(Metric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.Role switch
        {
            MetricRole.Kgi => NodeKind.Kgi,
            MetricRole.Ksf => NodeKind.Ksf,
            MetricRole.Kpi => NodeKind.Kpi,
            _ => metric.Formula is null ? NodeKind.Assumption : NodeKind.Intermediate,
        };
    }
}
