using System.Collections.Immutable;

namespace Ippon.Export.Diagram;

/// <summary>Lays out the tree diagram top-down without overlaps: a tidy tree (Reingold–Tilford style) with leaf columns.</summary>
/// <remarks>
/// <para>Each subtree is laid out on its own, then siblings are pushed right, one after another, just far enough that
/// nothing of the new subtree overlaps anything already placed at the same height; the parent is centred over its
/// children. The comparison runs on each subtree's contour: per horizontal band (a box's top and bottom, or a
/// connector line), the leftmost and rightmost x.</para>
/// <para>Three or more leaf children (typically the actions under a KPI) hang in one column below their parent instead
/// of a row, the way compact org charts do, so a wide plan of 200 boxes stays printable.</para>
/// </remarks>
public static class TidyTree
{
    /// <summary>Places every box of the trees rooted at <paramref name="roots"/>, side by side.</summary>
    public static DiagramLayout Arrange(IReadOnlyList<DiagramNode> roots, LayoutSettings? settings = null)
    {
        var s = settings ?? LayoutSettings.Default;
        if (roots.Count == 0) return new DiagramLayout([], [], 2 * s.Margin, 2 * s.Margin);
        var forest = Row([.. roots.Select(r => Node(r, 0, s))], s);

        var minX = forest.Boxes.Min(b => b.X);
        foreach (var line in forest.Lines) minX = Math.Min(minX, line.Min(p => p.X));
        var dx = s.Margin - minX;
        var boxes = forest.Boxes.Select(b => new PlacedBox(b.Node, b.X + dx, b.Y + s.Margin, s.BoxWidth, s.BoxHeight)).ToImmutableArray();
        var connectors = forest.Lines.Select(l => new Connector([.. l.Select(p => new Point(p.X + dx, p.Y + s.Margin))])).ToImmutableArray();
        var width = Math.Max(boxes.Max(b => b.Right), connectors.Length == 0 ? 0 : connectors.Max(c => c.Points.Max(p => p.X))) + s.Margin;
        var height = boxes.Max(b => b.Bottom) + s.Margin;
        return new DiagramLayout(boxes, connectors, width, height);
    }

    // A laid-out subtree in coordinates where its anchor (the centre of its top box) is x = 0; y is absolute.
    sealed class Sub
    {
        public List<(DiagramNode Node, double X, double Y)> Boxes { get; } = [];

        public List<List<Point>> Lines { get; } = [];

        // Band (top, bottom) → leftmost and rightmost x of anything in it.
        public Dictionary<(double Top, double Bottom), (double Left, double Right)> Contour { get; } = [];

        /// <summary>Where the parent's connector enters: 0 for a box, the column's line for a column of leaves.</summary>
        public double EntryX { get; init; }

        public double Top { get; init; }

        public void Add(double top, double bottom, double left, double right)
        {
            var key = (top, bottom);
            Contour[key] = Contour.TryGetValue(key, out var c) ? (Math.Min(c.Left, left), Math.Max(c.Right, right)) : (left, right);
        }

        public void Absorb(Sub other, double dx)
        {
            foreach (var (node, x, y) in other.Boxes) Boxes.Add((node, x + dx, y));
            foreach (var line in other.Lines) Lines.Add([.. line.Select(p => p with { X = p.X + dx })]);
            foreach (var ((top, bottom), (left, right)) in other.Contour) Add(top, bottom, left + dx, right + dx);
        }
    }

    static Sub Node(DiagramNode node, double y, LayoutSettings s)
    {
        var sub = new Sub { Top = y };
        sub.Boxes.Add((node, -s.BoxWidth / 2, y));
        sub.Add(y, y + s.BoxHeight, -s.BoxWidth / 2, s.BoxWidth / 2);
        if (node.IsLeaf) return sub;

        var childY = y + s.BoxHeight + s.LevelGap;
        var leaves = node.Children.Where(c => c.IsLeaf).ToList();
        var stack = leaves.Count >= s.StackFrom;
        var parts = new List<Sub>();
        var stacked = false;
        foreach (var child in node.Children)
        {
            if (stack && child.IsLeaf)
            {
                if (!stacked) parts.Add(Column(leaves, childY, s));
                stacked = true;
                continue;
            }
            parts.Add(Node(child, childY, s));
        }

        var offsets = Offsets(parts, s);
        var centre = (offsets[0] + offsets[^1]) / 2;
        var midY = y + s.BoxHeight + (s.LevelGap / 2);
        var entries = new List<double>();
        for (var i = 0; i < parts.Count; i++)
        {
            var dx = offsets[i] - centre;
            sub.Absorb(parts[i], dx);
            entries.Add(dx + parts[i].EntryX);
        }
        foreach (var x in entries)
            sub.Lines.Add(x == 0 ? [new(0, y + s.BoxHeight), new(0, childY)] : [new(0, y + s.BoxHeight), new(0, midY), new(x, midY), new(x, childY)]);
        var left = Math.Min(0, entries.Min());
        var right = Math.Max(0, entries.Max());
        // The connector's horizontal segment belongs to the contour, so no neighbouring box can sit on it.
        sub.Add(midY - 1, midY + 1, left, right);
        return sub;
    }

    // Leaves hung in one column: boxes centred on x = 0, the line they hang from at their left.
    static Sub Column(List<DiagramNode> leaves, double y, LayoutSettings s)
    {
        var lineX = -(s.BoxWidth / 2) - s.StackIndent;
        var sub = new Sub { Top = y, EntryX = lineX };
        var last = y;
        for (var i = 0; i < leaves.Count; i++)
        {
            var top = y + (i * (s.BoxHeight + s.StackGap));
            sub.Boxes.Add((leaves[i], -s.BoxWidth / 2, top));
            sub.Add(top, top + s.BoxHeight, lineX, s.BoxWidth / 2);
            var mid = top + (s.BoxHeight / 2);
            sub.Lines.Add([new(lineX, mid), new(-s.BoxWidth / 2, mid)]);
            last = mid;
        }
        sub.Lines.Add([new(lineX, y), new(lineX, last)]);
        return sub;
    }

    // Each part as far left as it can go without touching what is already placed at any shared height.
    static double[] Offsets(List<Sub> parts, LayoutSettings s)
    {
        var offsets = new double[parts.Count];
        var placed = new Sub();
        placed.Absorb(parts[0], 0);
        var tolerance = s.StackGap / 2;
        for (var i = 1; i < parts.Count; i++)
        {
            var shift = double.NegativeInfinity;
            foreach (var ((top, bottom), (_, right)) in placed.Contour)
            {
                foreach (var ((t, b), (l, _)) in parts[i].Contour)
                {
                    if (top < b + tolerance && t < bottom + tolerance) shift = Math.Max(shift, right + s.SiblingGap - l);
                }
            }
            offsets[i] = double.IsNegativeInfinity(shift) ? offsets[i - 1] + s.BoxWidth + s.SiblingGap : Math.Max(shift, offsets[i - 1]);
            placed.Absorb(parts[i], offsets[i]);
        }
        return offsets;
    }

    static Sub Row(List<Sub> trees, LayoutSettings s)
    {
        var offsets = Offsets(trees, s);
        var forest = new Sub();
        for (var i = 0; i < trees.Count; i++) forest.Absorb(trees[i], offsets[i]);
        return forest;
    }
}
