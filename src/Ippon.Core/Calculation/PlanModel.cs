using System.Collections.Immutable;
using Ippon.Checks;
using Ippon.Dimensions;
using Ippon.Formulas;
using Ippon.Formulas.Evaluation;
using Ippon.Formulas.Graph;
using Ippon.Formulas.Syntax;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Calculation;

/// <summary>A plan compiled for calculation: metrics indexed, formulas bound and compiled, the dependency graph, shapes and kinds.</summary>
/// <remarks>Building it reports the structural findings (unknown ids, cycles, dimension mismatches); a metric whose formula cannot be used evaluates to an error.</remarks>
public sealed class PlanModel
{
    readonly Dictionary<string, int> _index;

    PlanModel(Plan plan, Dictionary<string, int> index)
    {
        Plan = plan;
        _index = index;
        Metrics = [.. plan.Metrics];
        Shapes = new Shape[Metrics.Length];
        Nodes = new Node?[Metrics.Length];
        Kinds = new MetricKind[Metrics.Length];
    }

    public Plan Plan { get; }

    public ImmutableArray<Metric> Metrics { get; }

    /// <summary>The shape of each metric (scalar unless the plan uses dimensions).</summary>
    public Shape[] Shapes { get; }

    /// <summary>The compiled formula of each metric; null for inputs and for formulas that cannot be used.</summary>
    public Node?[] Nodes { get; }

    /// <summary>The effective kind of each metric, with the contract's defaults applied.</summary>
    public MetricKind[] Kinds { get; }

    /// <summary>Edges from each metric to the metrics its formula reads (known ids only).</summary>
    public DependencyGraph Graph { get; private set; } = null!;

    /// <summary>Metrics whose formula could not be used and that evaluate to this error.</summary>
    public Dictionary<int, FormulaError> Broken { get; } = [];

    /// <summary>The findings building the model produced.</summary>
    public List<Finding> Findings { get; } = [];

    /// <summary>The index of the metric with <paramref name="id"/>, or -1.</summary>
    public int IndexOf(string id) => _index.GetValueOrDefault(id, -1);

    /// <summary>The index of the single KGI, or -1.</summary>
    public int Kgi { get; private set; } = -1;

    /// <summary>Compiles <paramref name="plan"/>.</summary>
    public static PlanModel Build(Plan plan)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Metrics.Length; i++) index.TryAdd(plan.Metrics[i].Id, i);
        var model = new PlanModel(plan, index);
        model.Bind();
        return model;
    }

    void Bind()
    {
        var n = Metrics.Length;
        // Unknown ids: reported once per reference, with the position in the formula.
        var known = new List<int>[n];
        for (var m = 0; m < n; m++)
        {
            known[m] = [];
            if (Metrics[m].Formula is not { } f) continue;
            foreach (var r in f.Expr.References())
            {
                var i = IndexOf(r.Id);
                if (i >= 0)
                {
                    known[m].Add(i);
                    continue;
                }
                Broken[m] = FormulaError.Ref;
                var suggestion = Suggest(r.Id, Metrics.Select(x => x.Id));
                var id = Metrics[m].Id;
                Findings.Add(new Finding(Rule.UnknownMetric, id, new Message(
                    $"{id} の式 '{f.Text}' の {r.Start + 1} 文字目: '{r.Id}' という指標はありません{(suggestion is null ? "" : $"。'{suggestion}' のことですか?")}",
                    $"formula of {id} '{f.Text}', column {r.Start + 1}: no metric '{r.Id}'{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}")));
            }
        }
        foreach (var action in Plan.Actions)
        {
            if (IndexOf(action.Drives) >= 0) continue;
            var suggestion = Suggest(action.Drives, Metrics.Select(x => x.Id));
            Findings.Add(new Finding(Rule.UnknownMetric, action.Id, new Message(
                $"アクション {action.Id} の drives: '{action.Drives}' という指標はありません{(suggestion is null ? "" : $"。'{suggestion}' のことですか?")}",
                $"action {action.Id} drives '{action.Drives}', which is not a metric{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}")));
        }

        Graph = DependencyGraph.Build(n, m => known[m]);
        foreach (var cycle in Graph.Cycles)
        {
            var ids = cycle.Select(i => Metrics[i].Id).ToList();
            var loop = string.Join(" → ", ids.Append(ids[0]));
            foreach (var i in cycle) Broken[i] = FormulaError.Cycle;
            Findings.Add(new Finding(Rule.FormulaCycle, ids[0], new Message(
                $"式が循環しています: {loop}。どれか一つを入力値 (value) にしてください",
                $"formulas depend on each other in a loop: {loop}; make one of them an input (value)")));
        }

        var kgis = Enumerable.Range(0, n).Where(i => Metrics[i].Role == MetricRole.Kgi).ToList();
        if (kgis.Count == 0)
        {
            Findings.Add(new Finding(Rule.NoKgi, Plan.Title, new Message(
                "KGI (role: kgi) の指標がありません。最終目標を一つ role: kgi にしてください",
                "no metric has role: kgi; mark the one final goal with role: kgi")));
        }
        else if (kgis.Count > 1)
        {
            Findings.Add(new Finding(Rule.MultipleKgi, Metrics[kgis[1]].Id, new Message(
                $"KGIが {kgis.Count} 個あります ({string.Join(", ", kgis.Select(i => Metrics[i].Id))})。最終目標は一つにし、他はKSFにしてください",
                $"{kgis.Count} metrics have role: kgi ({string.Join(", ", kgis.Select(i => Metrics[i].Id))}); keep one final goal and make the others KSFs")));
        }
        else
        {
            Kgi = kgis[0];
        }

        InferShapes();
        Compile();
        InferKinds();
    }

    void InferShapes()
    {
        var order = Plan.Dimensions;
        foreach (var m in Graph.Order)
        {
            var metric = Metrics[m];
            if (!metric.By.IsEmpty)
            {
                Shapes[m] = FormulaCompiler.Union(metric.By.Select(Plan.FindDimension).OfType<Dimension>(), order);
            }
            else if (metric.Formula is { } f && !Broken.ContainsKey(m))
            {
                Shapes[m] = FormulaCompiler.Infer(f.Expr, id => Shapes[IndexOf(id)], order);
            }
        }
    }

    void Compile()
    {
        for (var m = 0; m < Metrics.Length; m++)
        {
            if (Metrics[m].Formula is not { } f || Broken.ContainsKey(m)) continue;
            var compiled = FormulaCompiler.Compile(f.Expr, Shapes[m], id => (IndexOf(id), Shapes[IndexOf(id)]), Plan.Dimensions);
            if (!compiled.Success)
            {
                Broken[m] = FormulaError.Ref;
                Findings.AddRange(compiled.Errors.Select(e => new Finding(Rule.FormulaShape, Metrics[m].Id, e.Message)));
                continue;
            }
            Nodes[m] = compiled.Value;
        }
    }

    // The contract's defaults: ratios are quality; so is a money metric multiplied into a product (a unit price).
    void InferKinds()
    {
        var multipliedMoney = new HashSet<int>();
        foreach (var metric in Metrics)
        {
            if (metric.Formula is { } f) MarkMultiplied(f.Expr, false, multipliedMoney);
        }
        for (var m = 0; m < Metrics.Length; m++)
        {
            var metric = Metrics[m];
            Kinds[m] = metric.Kind ?? (metric.Unit.Kind == UnitKind.Ratio
                                       || (metric.Unit.Kind == UnitKind.Currency && multipliedMoney.Contains(m))
                ? MetricKind.Quality
                : MetricKind.Quantity);
        }
    }

    void MarkMultiplied(Expr expr, bool inProduct, HashSet<int> found)
    {
        switch (expr)
        {
            case Ref r when inProduct:
                var i = IndexOf(r.Id);
                if (i >= 0 && Metrics[i].Unit.Kind == UnitKind.Currency) found.Add(i);
                break;
            case Binary { Op: BinaryOp.Multiply } b:
                MarkMultiplied(b.Left, true, found);
                MarkMultiplied(b.Right, true, found);
                break;
            case Binary b:
                MarkMultiplied(b.Left, false, found);
                MarkMultiplied(b.Right, false, found);
                break;
            case Unary u:
                MarkMultiplied(u.Operand, inProduct, found);
                break;
            case Call c:
                foreach (var a in c.Args) MarkMultiplied(a, false, found);
                break;
        }
    }

    /// <summary>The id among <paramref name="candidates"/> closest to <paramref name="wrong"/>, if close enough to be a typo.</summary>
    public static string? Suggest(string wrong, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            var d = EditDistance(wrong, c);
            if (d < bestDistance)
            {
                bestDistance = d;
                best = c;
            }
        }
        return best is not null && bestDistance <= Math.Max(2, wrong.Length / 3) ? best : null;
    }

    static int EditDistance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
