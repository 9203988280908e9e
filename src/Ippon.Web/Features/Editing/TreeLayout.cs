using Ippon.Calculation;
using Ippon.Plans;

namespace Ippon.Web.Features.Editing;

/// <summary>
/// Places a calculated plan as a left-to-right diagram: the KGI on the left, the inputs of each formula in the next
/// column, each action in the column after the metric it drives. Leaves take consecutive rows; a parent sits at the middle of its
/// children, so the diagram reads like the 逆算 chain on paper. Metrics not connected to the KGI come below.
/// </summary>
public sealed class TreeLayout
{
    public const double NodeWidth = 210;
    public const double ColumnGap = 40;
    public const double MetricHeight = 90;
    public const double AssumptionHeight = 64;
    public const double RowGap = 14;
    public const double Margin = 16;

    readonly PlanResult _result;
    readonly List<TreeNode> _nodes = [];
    readonly List<TreeEdge> _edges = [];
    readonly Dictionary<string, TreeNode> _placed = new(StringComparer.Ordinal);
    readonly Dictionary<int, double> _columnBottom = [];
    double _cursor = Margin;

    TreeLayout(PlanResult result) => _result = result;

    public IReadOnlyList<TreeNode> Nodes => _nodes;

    public IReadOnlyList<TreeEdge> Edges => _edges;

    /// <summary>Where the metrics not connected to the KGI start (null when every metric is connected).</summary>
    public double? UnconnectedTop { get; private set; }

    public double Width { get; private set; }

    public double Height { get; private set; }

    /// <summary>The node of <paramref name="id"/>, if it is drawn.</summary>
    public TreeNode? Find(string id) => _placed.GetValueOrDefault(id);

    public static double X(int column) => Margin + (column * (NodeWidth + ColumnGap));

    public static TreeLayout Build(PlanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var layout = new TreeLayout(result);
        layout.Run();
        return layout;
    }

    void Run()
    {
        if (_result.Kgi is { } kgi) Place(kgi.Id, 0, connected: true);
        var rest = _result.Metrics.Where(m => !_placed.ContainsKey(m.Id) && (m.Metric.Role is not null || m.Metric.Formula is not null || IsUnused(m.Id))).ToList();
        if (rest.Count > 0)
        {
            _cursor += 28;
            UnconnectedTop = _cursor;
            _cursor += 22;
            foreach (var m in rest)
            {
                if (!_placed.ContainsKey(m.Id)) Place(m.Id, 0, connected: false);
            }
        }
        foreach (var a in _result.Actions.Where(a => !_placed.ContainsKey(a.Id)))
        {
            UnconnectedTop ??= _cursor + 28;
            PlaceAction(a, 0, connected: false);
        }
        var columns = _nodes.Count == 0 ? 1 : _nodes.Max(n => n.Column) + 1;
        Width = X(columns) - ColumnGap + Margin;
        Height = _cursor + Margin;
    }

    // Places a metric and everything under it; returns the centre y of the node.
    double Place(string id, int column, bool connected)
    {
        var metric = _result.Metric(id)!;
        var kind = KindOf(metric.Metric);
        var height = kind is NodeKind.Assumption ? AssumptionHeight : MetricHeight;
        _placed[id] = null!; // reserved: a formula that reads this metric again only draws a line
        var centres = new List<double>();
        if (metric.Metric.Formula is { } f)
        {
            foreach (var child in f.References)
            {
                if (_result.Metric(child) is null) continue;
                _edges.Add(new TreeEdge(id, child, false));
                if (_placed.ContainsKey(child)) continue;
                centres.Add(Place(child, column + 1, connected));
            }
        }
        foreach (var a in _result.Actions.Where(a => a.Action.Drives == id))
        {
            _edges.Add(new TreeEdge(id, a.Id, true));
            if (!_placed.ContainsKey(a.Id)) centres.Add(PlaceAction(a, column + 1, connected));
        }
        var top = centres.Count == 0 ? _cursor : ((centres.Min() + centres.Max()) / 2) - (height / 2);
        top = Reserve(column, top, height);
        var node = new TreeNode(id, kind, column, top, height, connected);
        _placed[id] = node;
        _nodes.Add(node);
        return top + (height / 2);
    }

    double PlaceAction(ActionResult action, int column, bool connected)
    {
        var top = Reserve(column, _cursor, MetricHeight);
        var node = new TreeNode(action.Id, NodeKind.Action, column, top, MetricHeight, connected);
        _placed[action.Id] = node;
        _nodes.Add(node);
        return top + (MetricHeight / 2);
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
        !_result.Metrics.Any(m => m.Metric.Formula?.References.Contains(id) == true) && !_result.Actions.Any(a => a.Action.Drives == id);

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
