using System.Collections.Immutable;

namespace Ippon.Formulas.Graph;

/// <summary>Which node depends on which: a topological order (inputs first) and the cycles, reported as data.</summary>
/// <remarks>Nodes are 0..Count-1. Built with Tarjan's algorithm, iteratively, so deep chains cannot overflow the stack.</remarks>
public sealed class DependencyGraph
{
    readonly int[][] _inputs;
    readonly int[][] _dependents;
    readonly int[] _rank;

    DependencyGraph(int[][] inputs, int[][] dependents, ImmutableArray<int> order, ImmutableArray<ImmutableArray<int>> cycles)
    {
        _inputs = inputs;
        _dependents = dependents;
        Order = order;
        Cycles = cycles;
        _rank = new int[inputs.Length];
        for (var i = 0; i < order.Length; i++) _rank[order[i]] = i;
    }

    /// <summary>How many nodes the graph has.</summary>
    public int Count => _inputs.Length;

    /// <summary>Every node, each after all of its inputs (nodes of a cycle come together, in no particular order).</summary>
    public ImmutableArray<int> Order { get; }

    /// <summary>The groups of nodes that depend on each other in a loop, including a node that depends on itself.</summary>
    public ImmutableArray<ImmutableArray<int>> Cycles { get; }

    /// <summary>The nodes <paramref name="node"/> reads.</summary>
    public IReadOnlyList<int> Inputs(int node) => _inputs[node];

    /// <summary>The nodes that read <paramref name="node"/>.</summary>
    public IReadOnlyList<int> Dependents(int node) => _dependents[node];

    /// <summary>The position of <paramref name="node"/> in <see cref="Order"/>.</summary>
    public int Rank(int node) => _rank[node];

    /// <summary>Builds the graph of <paramref name="count"/> nodes whose inputs <paramref name="inputsOf"/> gives.</summary>
    public static DependencyGraph Build(int count, Func<int, IEnumerable<int>> inputsOf)
    {
        var inputs = new int[count][];
        var dependents = new List<int>[count];
        for (var i = 0; i < count; i++) dependents[i] = [];
        for (var i = 0; i < count; i++)
        {
            inputs[i] = inputsOf(i).Distinct().ToArray();
            foreach (var input in inputs[i]) dependents[input].Add(i);
        }
        var (order, cycles) = StronglyConnected(inputs);
        return new DependencyGraph(inputs, dependents.Select(d => d.ToArray()).ToArray(), order, cycles);
    }

    /// <summary>The nodes downstream of <paramref name="changed"/> (the changed ones included), in evaluation order.</summary>
    public List<int> Downstream(IEnumerable<int> changed)
    {
        var seen = new bool[Count];
        var stack = new Stack<int>();
        foreach (var c in changed)
        {
            if (!seen[c])
            {
                seen[c] = true;
                stack.Push(c);
            }
        }
        while (stack.Count > 0)
        {
            foreach (var d in _dependents[stack.Pop()])
            {
                if (!seen[d])
                {
                    seen[d] = true;
                    stack.Push(d);
                }
            }
        }
        var result = new List<int>();
        for (var i = 0; i < Count; i++)
            if (seen[i]) result.Add(i);
        result.Sort((a, b) => _rank[a].CompareTo(_rank[b]));
        return result;
    }

    /// <summary>True when <paramref name="to"/> can be reached from <paramref name="from"/> by following inputs.</summary>
    public bool DependsOn(int from, int to)
    {
        var seen = new bool[Count];
        var stack = new Stack<int>();
        stack.Push(from);
        while (stack.Count > 0)
        {
            foreach (var i in _inputs[stack.Pop()])
            {
                if (i == to) return true;
                if (!seen[i])
                {
                    seen[i] = true;
                    stack.Push(i);
                }
            }
        }
        return false;
    }

    // Tarjan emits a component only after every component it can reach (its inputs): inputs-first order.
    static (ImmutableArray<int>, ImmutableArray<ImmutableArray<int>>) StronglyConnected(int[][] inputs)
    {
        var n = inputs.Length;
        var index = new int[n];
        var low = new int[n];
        var onStack = new bool[n];
        Array.Fill(index, -1);
        var stack = new Stack<int>();
        var order = ImmutableArray.CreateBuilder<int>(n);
        var cycles = ImmutableArray.CreateBuilder<ImmutableArray<int>>();
        var next = 0;
        var work = new Stack<(int Node, int Child)>();
        for (var root = 0; root < n; root++)
        {
            if (index[root] >= 0) continue;
            work.Push((root, 0));
            while (work.Count > 0)
            {
                var (v, child) = work.Pop();
                if (child == 0)
                {
                    index[v] = low[v] = next++;
                    stack.Push(v);
                    onStack[v] = true;
                }
                else
                {
                    var w = inputs[v][child - 1];
                    low[v] = Math.Min(low[v], low[w]);
                }
                var descended = false;
                for (var c = child; c < inputs[v].Length; c++)
                {
                    var w = inputs[v][c];
                    if (index[w] < 0)
                    {
                        work.Push((v, c + 1));
                        work.Push((w, 0));
                        descended = true;
                        break;
                    }
                    if (onStack[w]) low[v] = Math.Min(low[v], index[w]);
                }
                if (descended || low[v] != index[v]) continue;
                var component = new List<int>();
                int x;
                do
                {
                    x = stack.Pop();
                    onStack[x] = false;
                    component.Add(x);
                } while (x != v);
                component.Sort();
                order.AddRange(component);
                if (component.Count > 1 || inputs[v].Contains(v)) cycles.Add([.. component]);
            }
        }
        return (order.ToImmutable(), cycles.ToImmutable());
    }
}
