using Ippon.Formulas;
using Ippon.Formulas.BackSolving;
using Ippon.Formulas.Evaluation;

namespace Ippon.Calculation;

/// <summary>A live calculation of one plan's cells: set inputs, recalculate only what an edit touches, goal-seek an input.</summary>
/// <remarks>
/// <para>The full calculation evaluates each formula once over all of its cells (members × periods) in dependency
/// order. An edit then recomputes only the cells downstream of the edited one: the same cell through same-shape
/// formulas, the readers of a broadcast value, and a total through a delta (new − old), which is exact in decimal.</para>
/// <para>This is what the web editor and the benchmark drive; <see cref="PlanCalculator"/> adds targets and checks.</para>
/// </remarks>
public sealed class Sheet
{
    readonly Read[][] _reads;

    /// <summary>Allocates the cells of <paramref name="model"/>; inputs start at 0 until set.</summary>
    public Sheet(PlanModel model)
        : this(model, _ => null)
    {
    }

    /// <summary>Allocates the cells of <paramref name="model"/>, adopting the input arrays <paramref name="inputs"/> gives (by metric index) without copying them.</summary>
    public Sheet(PlanModel model, Func<int, decimal[]?> inputs)
    {
        Model = model;
        Cells = new Cells(model.Shapes, inputs, m => model.Nodes[m] is not null);
        _reads = new Read[model.Metrics.Length][];
        for (var m = 0; m < _reads.Length; m++)
            _reads[m] = model.Nodes[m] is { } node ? [.. Collect(node, null, node)] : [];
    }

    public PlanModel Model { get; }

    /// <summary>The values; inputs may be filled directly (<c>Cells.Values[m]</c>) before <see cref="Calculate"/>.</summary>
    public Cells Cells { get; }

    /// <summary>Fills every input from the plan (values, member values; an input without a value is planned at <paramref name="leaf"/>) and calculates.</summary>
    public void Load(Func<int, int, decimal?>? leaf = null)
    {
        Inputs.Forward(Model, Cells, leaf ?? ((_, _) => null));
    }

    /// <summary>Evaluates every formula over all its cells, in dependency order, leaving inputs as they are.</summary>
    public void Calculate()
    {
        foreach (var m in Model.Graph.Order)
        {
            if (Model.Broken.TryGetValue(m, out var error)) Cells.Fail(m, error);
            else if (Model.Nodes[m] is { } node) Cells.Errors[m] = node.All(Cells.Shapes[m].Size, Cells, Cells.Values[m]).Errors;
        }
    }

    /// <summary>The value of one cell.</summary>
    public FormulaValue Get(int metric, int cell) => Cells.Get(metric, cell);

    /// <summary>Sets one input cell and recalculates what depends on it; returns how many cells changed.</summary>
    public int Set(int metric, int cell, decimal value)
    {
        var old = Cells.Values[metric][cell];
        var hadError = Cells.Errors[metric] is { } e && e[cell] != FormulaError.None;
        if (old == value && !hadError) return 0;
        Cells.Set(metric, cell, value);
        return Propagate(metric, new Changes { Cells = [cell], Old = [old] });
    }

    /// <summary>Sets many input cells at once and recalculates what depends on any of them in one pass.</summary>
    /// <returns>How many cells changed, inputs included.</returns>
    public int SetMany(IEnumerable<(int Metric, int Cell, decimal Value)> edits)
    {
        var changes = new Dictionary<int, Changes>();
        foreach (var (metric, cell, value) in edits)
        {
            var old = Cells.Values[metric][cell];
            Cells.Set(metric, cell, value);
            if (!changes.TryGetValue(metric, out var ch)) changes[metric] = ch = new Changes();
            ch.Cells.Add(cell);
            ch.Old.Add(old);
        }
        foreach (var (m, ch) in changes)
        {
            if (ch.Cells.Count > Cells.Shapes[m].Size / 4) changes[m] = new Changes { All = true };
        }
        return changes.Count == 0 ? 0 : Propagate(changes);
    }

    int Propagate(int start, Changes first) => Propagate(new Dictionary<int, Changes> { [start] = first });

    int Propagate(Dictionary<int, Changes> changes)
    {
        var count = changes.Values.Sum(c => c.Cells.Count);
        var starts = changes.Keys.ToList();
        foreach (var d in Model.Graph.Downstream(starts))
        {
            if (changes.ContainsKey(d) && starts.Contains(d)) continue;
            if (Model.Nodes[d] is not { } node || Model.Broken.ContainsKey(d)) continue;
            var size = Cells.Shapes[d].Size;
            var all = false;
            var affected = new HashSet<int>();
            var deltas = new Dictionary<int, decimal>();
            var scratch = new List<int>();
            foreach (var read in _reads[d])
            {
                if (!changes.TryGetValue(read.Load.Metric, out var ch)) continue;
                if (ch.All)
                {
                    all = true;
                    break;
                }
                for (var i = 0; i < ch.Cells.Count; i++)
                {
                    scratch.Clear();
                    if (read.Reduce is null)
                    {
                        read.Load.Map.Readers(ch.Cells[i], size, scratch);
                        foreach (var k in scratch) affected.Add(k);
                        continue;
                    }
                    read.Load.Map.Readers(ch.Cells[i], read.Reduce.InnerSize, scratch);
                    foreach (var j in scratch)
                    {
                        var k = read.Reduce.ToResult[j];
                        if (read.Delta && ch.Old[i] is { } old)
                        {
                            deltas[k] = deltas.GetValueOrDefault(k) + (Cells.Values[read.Load.Metric][ch.Cells[i]] - old);
                        }
                        else
                        {
                            affected.Add(k);
                        }
                    }
                }
            }
            if (all || affected.Count > size / 4)
            {
                Cells.Errors[d] = node.All(size, Cells, Cells.Values[d]).Errors;
                changes[d] = new Changes { All = true };
                count += size;
                continue;
            }
            var changed = new Changes();
            foreach (var (k, delta) in deltas)
            {
                if (affected.Contains(k) || delta == 0) continue;
                var before = Cells.Values[d][k];
                var after = Arithmetic.Add(before, delta);
                if (after.IsError || (Cells.Errors[d] is { } de && de[k] != FormulaError.None))
                {
                    affected.Add(k);
                    continue;
                }
                Cells.Values[d][k] = after.Value;
                changed.Cells.Add(k);
                changed.Old.Add(before);
            }
            foreach (var k in affected)
            {
                var before = Cells.Get(d, k);
                var after = node.At(k, Cells, Override.None);
                if (after == before) continue;
                Cells.Set(d, k, after);
                changed.Cells.Add(k);
                changed.Old.Add(before.IsError ? null : before.Value);
            }
            if (changed.Cells.Count == 0) continue;
            changes[d] = changed;
            count += changed.Cells.Count;
        }
        return count;
    }

    /// <summary>Finds the value of input cell (<paramref name="input"/>, <paramref name="inputCell"/>) that makes (<paramref name="metric"/>, <paramref name="cell"/>) equal <paramref name="target"/>, sets it and recalculates.</summary>
    /// <remarks>
    /// The path from the input up to the goal is found cell by cell; each formula on it is then inverted exactly
    /// (4,000万 ÷ 200万 = 20 → 20 ÷ 20% = 100 → …), falling back to a numeric search only for a formula that
    /// cannot be inverted. No repeated recalculation of the whole sheet, unlike a spreadsheet's goal seek.
    /// </remarks>
    public SolveResult GoalSeek(int metric, int cell, decimal target, int input, int inputCell)
    {
        var path = PathUp(input, inputCell, metric, cell);
        if (path is null) return SolveResult.Fail(FormulaError.Ref);
        var t = target;
        for (var i = path.Count - 1; i > 0; i--)
        {
            var (m, k) = path[i];
            var (lever, leverCell) = path[i - 1];
            var solved = BackSolver.Solve(Model.Nodes[m]!, k, lever, leverCell, t, Cells, nonNegative: false, current: Cells.Get(m, k));
            if (!solved.Success) return solved;
            t = solved.Value.Value;
        }
        Set(input, inputCell, t);
        return new SolveResult { Value = t, Method = SolveMethod.Exact };
    }

    // Breadth-first search from the input cell through the cells that read it, up to the goal cell.
    List<(int Metric, int Cell)>? PathUp(int input, int inputCell, int goal, int goalCell)
    {
        var parent = new Dictionary<(int, int), (int, int)>();
        var queue = new Queue<(int Metric, int Cell)>();
        queue.Enqueue((input, inputCell));
        parent[(input, inputCell)] = (-1, -1);
        var scratch = new List<int>();
        while (queue.Count > 0 && parent.Count < 100_000)
        {
            var (m, c) = queue.Dequeue();
            if (m == goal && c == goalCell)
            {
                var path = new List<(int, int)>();
                for (var at = (m, c); at.Item1 >= 0; at = parent[at]) path.Add(at);
                path.Reverse();
                return path;
            }
            foreach (var d in Model.Graph.Dependents(m))
            {
                if (d != goal && !Model.Graph.DependsOn(goal, d)) continue;
                foreach (var read in _reads[d].Where(r => r.Load.Metric == m))
                {
                    scratch.Clear();
                    if (read.Reduce is null)
                    {
                        read.Load.Map.Readers(c, Cells.Shapes[d].Size, scratch);
                    }
                    else
                    {
                        var inner = new List<int>();
                        read.Load.Map.Readers(c, read.Reduce.InnerSize, inner);
                        scratch.AddRange(inner.Select(j => read.Reduce.ToResult[j]));
                    }
                    foreach (var k in scratch)
                    {
                        if (parent.TryAdd((d, k), (m, c))) queue.Enqueue((d, k));
                    }
                }
            }
        }
        return null;
    }

    static IEnumerable<Read> Collect(Node node, ReduceNode? reduce, Node root)
    {
        switch (node)
        {
            case LoadNode l:
                var delta = reduce is not null && ReferenceEquals(reduce, root) && ReferenceEquals(reduce.Inner, l) && reduce.Function.Name == "sum";
                yield return new Read(l, reduce, delta);
                yield break;
            case ReduceNode r:
                foreach (var x in Collect(r.Inner, r, root)) yield return x;
                yield break;
        }
        foreach (var child in node.Children)
            foreach (var x in Collect(child, reduce, root)) yield return x;
    }

    // One place where a formula reads another metric: its load node and, inside an aggregate, the aggregate.
    // Delta marks a total that can absorb a change as new − old (a root sum(x) of a metric).
    sealed record Read(LoadNode Load, ReduceNode? Reduce, bool Delta);

    sealed class Changes
    {
        public bool All { get; init; }

        public List<int> Cells { get; init; } = [];

        public List<decimal?> Old { get; init; } = [];
    }
}
