using System.Collections.Immutable;
using Ippon.Checks;
using Ippon.Formulas;
using Ippon.Formulas.BackSolving;
using Ippon.Formulas.Evaluation;
using Ippon.Formulas.Syntax;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Calculation;

/// <summary>Back-calculation (逆算): targets flow down from the KGI through every formula, in dependents-first order.</summary>
/// <remarks>
/// <para>A sum gives each input without an explicit target the remainder, or a share of it. Any other formula is
/// solved for each lever (a metric with a role, or with no value) holding the other inputs at their planned values;
/// assumptions are never solved for.</para>
/// <para>A metric's derived targets are rounded (whole units up) just before they flow further down, so the rounded
/// number is what its inputs are derived from: 20.5 orders → 21 orders → 105 deals.</para>
/// </remarks>
sealed class BackCalculation
{
    readonly PlanModel _model;
    readonly Cells _planned;
    readonly List<Finding> _findings;
    readonly int _explainUpTo;
    readonly HashSet<(Rule, string)> _reported = [];

    /// <summary>Checked before each metric: a plan too big for the caller's time budget stops here.</summary>
    public CancellationToken Cancellation { get; init; }

    public BackCalculation(PlanModel model, Cells planned, List<Finding> findings, int explainUpTo)
    {
        _model = model;
        _planned = planned;
        _findings = findings;
        _explainUpTo = explainUpTo;
        var n = model.Metrics.Length;
        Targets = new decimal?[n][];
        Sources = new TargetSource?[n][];
        Derivations = new Derivation?[n][];
        for (var m = 0; m < n; m++)
        {
            var size = model.Shapes[m].Size;
            Targets[m] = new decimal?[size];
            Sources[m] = new TargetSource?[size];
            Derivations[m] = new Derivation?[size];
        }
    }

    public decimal?[][] Targets { get; }

    public TargetSource?[][] Sources { get; }

    public Derivation?[][] Derivations { get; }

    public void Run()
    {
        for (var m = 0; m < Targets.Length; m++)
        {
            for (var k = 0; k < Targets[m].Length; k++)
            {
                if (Inputs.ExplicitTarget(_model, m, k) is not { } t) continue;
                Targets[m][k] = t;
                Sources[m][k] = TargetSource.Explicit;
            }
        }
        var order = _model.Graph.Order;
        for (var i = order.Length - 1; i >= 0; i--)
        {
            Cancellation.ThrowIfCancellationRequested();
            var m = order[i];
            Round(m);
            if (_model.Nodes[m] is not { } node) continue;
            for (var k = 0; k < Targets[m].Length; k++)
            {
                if (Targets[m][k] is { } t) Derive(m, k, t, node);
            }
        }
    }

    void Derive(int m, int k, decimal target, Node node)
    {
        var terms = new List<(int Metric, int Cell)>();
        decimal constant = 0;
        if (SumTerms(node, k, terms, ref constant) && terms.Distinct().Count() == terms.Count)
            SumRule(m, k, target, terms, constant, node);
        else
            LeverRule(m, k, target, node);
    }

    // A formula is a sum when it is only additions (or sum(...)) of metrics and numbers, summed members included.
    static bool SumTerms(Node node, int k, List<(int, int)> terms, ref decimal constant)
    {
        switch (node)
        {
            case LoadNode l:
                terms.Add((l.Metric, l.Map[k]));
                return true;
            case ConstantNode c:
                constant += c.Value;
                return true;
            case BinaryNode { Op: BinaryOp.Add } b:
                return SumTerms(b.Left, k, terms, ref constant) && SumTerms(b.Right, k, terms, ref constant);
            case CallNode c when c.Function.Name == "sum":
                foreach (var a in c.Args)
                    if (!SumTerms(a, k, terms, ref constant)) return false;
                return true;
            case ReduceNode { Inner: LoadNode l } r when r.Function.Name == "sum":
                foreach (var j in r.Group(k)) terms.Add((l.Metric, l.Map[j]));
                return true;
            default:
                return false;
        }
    }

    bool IsLever(int m)
    {
        var metric = _model.Metrics[m];
        return metric.Role is not null || !Inputs.HasValue(metric);
    }

    void SumRule(int m, int k, decimal target, List<(int Metric, int Cell)> terms, decimal constant, Node node)
    {
        var fixedSum = constant;
        var steps = ImmutableArray.CreateBuilder<DerivationStep>();
        if (constant != 0) steps.Add(new DerivationStep(BinaryOp.Subtract, constant, null, _model.Metrics[m].Unit));
        var open = new List<(int Metric, int Cell)>();
        var fixedTerms = new List<(int Metric, int Cell, decimal Value)>();
        foreach (var (j, c) in terms)
        {
            decimal value;
            if (Sources[j][c] == TargetSource.Explicit)
            {
                value = Targets[j][c]!.Value;
            }
            else if (!IsLever(j))
            {
                var p = _planned.Get(j, c);
                if (p.IsError)
                {
                    Unreachable(j, c, m, k, target, p.Error);
                    return;
                }
                value = p.Value;
            }
            else
            {
                open.Add((j, c));
                continue;
            }
            fixedSum += value;
            fixedTerms.Add((j, c, value));
            steps.Add(new DerivationStep(BinaryOp.Subtract, value, _model.Metrics[j].Id, _model.Metrics[j].Unit));
        }
        var remainder = target - fixedSum;
        if (open.Count == 0 || remainder < 0)
        {
            if (remainder != 0) SumMismatch(m, k, target, fixedSum, fixedTerms, open.Count > 0);
            return;
        }
        var parent = _model.Metrics[m].Id;
        if (open.Count == 1)
        {
            Assign(open[0].Metric, open[0].Cell, remainder,
                new Derivation(DerivationKind.Remainder, parent, target, steps.ToImmutable(), remainder, remainder));
            return;
        }
        var weights = Weights(node, open);
        if (weights is null)
        {
            Ambiguous(m, k, target, open.Select(o => o.Metric).Distinct(), sum: true);
            return;
        }
        var shares = Split(remainder, weights, _model.Metrics[open[0].Metric].Unit);
        var totalWeight = weights.Sum();
        var fixedSteps = steps.ToImmutable();
        for (var i = 0; i < open.Count; i++)
        {
            // A share's explanation only where it is kept (Assign's rule): 10,000 reps' shares are not explained.
            var derivation = Explained(open[i].Metric)
                ? new Derivation(DerivationKind.Share, parent, target,
                    fixedSteps.Add(new DerivationStep(BinaryOp.Multiply, weights[i] / totalWeight, null, Unit.Ratio)), shares[i], shares[i])
                : null;
            Assign(open[i].Metric, open[i].Cell, shares[i], derivation);
        }
    }

    // How a remainder is shared: by the open inputs' planned values (the contract's rule), or, for the members of
    // one metric summed over a dimension, by that metric's allocation (evenly when nothing else is known).
    decimal[]? Weights(Node node, List<(int Metric, int Cell)> open)
    {
        var members = node is ReduceNode && open.Select(o => o.Metric).Distinct().Count() == 1;
        var allocation = members ? _model.Metrics[open[0].Metric].Allocation ?? Allocation.Planned : Allocation.Planned;
        var weights = new decimal[open.Count];
        switch (allocation.Method)
        {
            case AllocationMethod.Even:
                Array.Fill(weights, 1m);
                return weights;
            case AllocationMethod.Weights:
                for (var i = 0; i < open.Count; i++)
                    weights[i] = allocation.Weights.GetValueOrDefault(_model.Shapes[open[i].Metric].Label(open[i].Cell));
                return weights.Sum() > 0 ? weights : null;
            case AllocationMethod.ByMetric:
            {
                var by = _model.IndexOf(allocation.Metric ?? "");
                if (by < 0 || !_model.Shapes[by].SameAs(_model.Shapes[open[0].Metric])) return null;
                for (var i = 0; i < open.Count; i++)
                {
                    var p = _planned.Get(by, open[i].Cell);
                    if (p.IsError) return null;
                    weights[i] = p.Value;
                }
                return weights.Sum() > 0 ? weights : null;
            }
            default:
                for (var i = 0; i < open.Count; i++)
                {
                    var p = _planned.Get(open[i].Metric, open[i].Cell);
                    if (p.IsError || p.Value < 0)
                    {
                        if (!members) return null;
                        Array.Fill(weights, 1m);
                        return weights;
                    }
                    weights[i] = p.Value;
                }
                if (weights.Sum() > 0) return weights;
                if (!members) return null;
                Array.Fill(weights, 1m);
                return weights;
        }
    }

    // Money is shared in whole units with the largest-remainder method, so that the parts add up to the total exactly.
    // (Loops, not LINQ: a KGI over 10,000 reps is split on every edit of the page.)
    static decimal[] Split(decimal total, decimal[] weights, Unit unit)
    {
        var sum = weights.Sum();
        var raw = new decimal[weights.Length];
        for (var i = 0; i < raw.Length; i++) raw[i] = total * weights[i] / sum;
        if (unit.Kind != UnitKind.Currency) return raw;
        var scale = unit.Text == "JPY" ? 1m : 100m;
        var floors = new decimal[raw.Length];
        var fractions = new decimal[raw.Length];
        decimal floorSum = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            floors[i] = decimal.Floor(raw[i] * scale) / scale;
            fractions[i] = raw[i] - floors[i];
            floorSum += floors[i];
        }
        var left = (int)decimal.Round((total - floorSum) * scale);
        LargestRemainder.Award(floors, fractions, left, 1m / scale);
        return floors;
    }

    // Per formula: its levers (metrics of the formula's own shape, read cell for cell) and each one's path, prepared
    // once so that a plan with 100,000 reps does not search the formula tree 100,000 times.
    sealed record Lever(int Metric, List<Node>? Path, bool NonNegative);

    readonly Dictionary<int, Lever[]> _levers = [];

    Lever[] LeversOf(int m, Node node)
    {
        if (_levers.TryGetValue(m, out var known)) return known;
        var loads = new List<(int Metric, int Cell)>();
        CollectLoads(node, 0, loads);
        var levers = loads.Select(l => l.Metric).Distinct()
            .Where(j => IsLever(j) && _model.Shapes[j].SameAs(_model.Shapes[m]))
            .Select(j => new Lever(j, BackSolver.PathTo(node, j), _model.Metrics[j].Unit.Kind != UnitKind.Number))
            .ToArray();
        return _levers[m] = levers;
    }

    void LeverRule(int m, int k, decimal target, Node node)
    {
        var levers = LeversOf(m, node);
        if (levers.Length == 0) return;
        // A lever with an explicit target whose plan is not known yet (its own inputs are derived later) is held at
        // its target, as the sum rule does: it will be planned to meet it.
        foreach (var l in levers)
        {
            if (Sources[l.Metric][k] == TargetSource.Explicit && _planned.Get(l.Metric, k).IsError) _planned.Set(l.Metric, k, Targets[l.Metric][k]!.Value);
        }
        // A lever of the formula's own shape reads the formula's cell k itself.
        var unknown = 0;
        foreach (var l in levers)
            if (_planned.Get(l.Metric, k).IsError && Sources[l.Metric][k] != TargetSource.Explicit) unknown++;
        if (unknown >= 2)
        {
            Ambiguous(m, k, target, levers.Where(l => _planned.Get(l.Metric, k).IsError && Sources[l.Metric][k] != TargetSource.Explicit).Select(l => l.Metric), sum: false);
            return;
        }
        var keep = Explained(m);
        // The unknown lever first: the others are then solved with it planned at its new target.
        // (A stable partition, not a sort: this runs once per cell, 10,000 times for 10,000 reps.)
        var unknownFirst = new Lever[levers.Length];
        var next = 0;
        foreach (var l in levers) if (_planned.Get(l.Metric, k).IsError) unknownFirst[next++] = l;
        foreach (var l in levers) if (!_planned.Get(l.Metric, k).IsError) unknownFirst[next++] = l;
        foreach (var lever in unknownFirst)
        {
            var j = lever.Metric;
            if (Sources[j][k] == TargetSource.Explicit) continue;
            var solved = lever.Path is { } path
                ? BackSolver.SolveAlong(path, k, j, target, _planned, lever.NonNegative, keep)
                : BackSolver.Solve(node, k, j, k, target, _planned, lever.NonNegative);
            if (!solved.Success)
            {
                Unreachable(j, k, m, k, target, solved.Error);
                continue;
            }
            var value = solved.Value.Value;
            var derivation = keep ? Derive(m, j, target, solved) : null;
            Assign(j, k, value, derivation);
            if (_planned.Get(j, k).IsError) _planned.Set(j, k, value);
        }
    }

    Derivation Derive(int m, int j, decimal target, SolveResult solved)
    {
        var steps = solved.Steps.Select((s, i) => s.OperandNode is LoadNode l
            ? new DerivationStep(s.Op, s.Operand, _model.Metrics[l.Metric].Id, _model.Metrics[l.Metric].Unit, s.Reversed)
            : new DerivationStep(s.Op, s.Operand, null, OperandUnit(solved.Steps, i, m, j), s.Reversed)).ToImmutableArray();
        var kind = solved.Method == SolveMethod.Exact ? DerivationKind.Inverted : DerivationKind.Numeric;
        return new Derivation(kind, _model.Metrics[m].Id, target, steps, solved.Value!.Value, solved.Value.Value);
    }

    // The unit of an operand that is not one metric (a part of the formula such as base_arr - churned_arr): a written
    // number has none; a term added or subtracted has the unit of the running target, known while only + and − have
    // been undone (the parent's) or when only + and − remain (the lever's). 4億4,000万円 − 3億8,000万円, not − 380,000,000.
    Unit OperandUnit(ImmutableArray<SolveStep> steps, int i, int parent, int lever)
    {
        static bool Additive(SolveStep s) => s.Op is BinaryOp.Add or BinaryOp.Subtract;
        if (steps[i].OperandNode is ConstantNode || !Additive(steps[i])) return Unit.Number;
        if (steps.Take(i).All(Additive)) return _model.Metrics[parent].Unit;
        if (steps.Skip(i + 1).All(Additive)) return _model.Metrics[lever].Unit;
        return Unit.Number;
    }

    static void CollectLoads(Node node, int k, List<(int, int)> loads)
    {
        if (node is LoadNode l) loads.Add((l.Metric, l.Map[k]));
        if (node is ReduceNode) return;
        foreach (var child in node.Children) CollectLoads(child, k, loads);
    }

    void Assign(int j, int c, decimal value, Derivation? derivation)
    {
        if (Sources[j][c] == TargetSource.Explicit) return;
        if (Targets[j][c] is { } existing)
        {
            // Two parents ask for different targets: keep the more demanding one.
            var down = _model.Metrics[j].Direction == Direction.Down;
            if (down ? value >= existing : value <= existing) return;
        }
        Targets[j][c] = value;
        Sources[j][c] = TargetSource.Derived;
        if (Explained(j)) Derivations[j][c] = derivation;
        if (_model.Nodes[j] is null && !Inputs.HasValue(_model.Metrics[j])) _planned.Set(j, c, value);
    }

    // Whether metric j's cells keep how their targets were derived: only a metric small enough to be explained cell by cell.
    bool Explained(int j) => Targets[j].Length <= _explainUpTo;

    // Whole units: a count's derived target is rounded up (down for direction: down, where fewer is the goal).
    void Round(int m)
    {
        var metric = _model.Metrics[m];
        if (!metric.Unit.IsWhole) return;
        for (var k = 0; k < Targets[m].Length; k++)
        {
            if (Sources[m][k] != TargetSource.Derived || Targets[m][k] is not { } raw) continue;
            var rounded = metric.Direction == Direction.Down ? Arithmetic.FloorWhole(raw) : Arithmetic.CeilingWhole(raw);
            Targets[m][k] = rounded;
            if (Derivations[m][k] is { } d) Derivations[m][k] = d with { Final = rounded };
            if (_model.Nodes[m] is null && !Inputs.HasValue(metric)) _planned.Set(m, k, rounded);
        }
    }

    string Where(int m, int k) => _model.Shapes[m].IsScalar ? "" : $" [{_model.Shapes[m].Label(k)}]";

    string? Member(int m, int k) => _model.Shapes[m].IsScalar ? null : _model.Shapes[m].Label(k);

    void Report(Rule rule, int m, int k, Message message)
    {
        var subject = _model.Metrics[m].Id;
        if (_model.Shapes[m].Size > 1 && !_reported.Add((rule, subject))) return;
        _findings.Add(new Finding(rule, subject, message) { Member = Member(m, k) });
    }

    void SumMismatch(int m, int k, decimal target, decimal fixedSum, List<(int Metric, int Cell, decimal Value)> terms, bool exceeded)
    {
        var metric = _model.Metrics[m];
        string Parts(Language l) => string.Join(" + ", terms.Select(t =>
            $"{_model.Metrics[t.Metric].Label} {Formatter.Format(t.Value, _model.Metrics[t.Metric].Unit, l)}"));
        string F(decimal v, Language l) => Formatter.Format(v, metric.Unit, l);
        Report(Rule.KsfSumMismatch, m, k, new Message(l => exceeded
            ? l.T($"{metric.Label}{Where(m, k)} の目標 {F(target, l)} に対し、内訳の目標だけで {F(fixedSum, l)} あります ({Parts(l)})。残りの内訳に割り当てる分がありません",
                $"{metric.Label}{Where(m, k)}: the explicit targets of its parts ({Parts(l)}) already reach {F(fixedSum, l)}, above its target {F(target, l)}; nothing is left for the other parts")
            : l.T($"{metric.Label}{Where(m, k)} の目標 {F(target, l)} ≠ 内訳の合計 {F(fixedSum, l)} ({Parts(l)})。差 {F(target - fixedSum, l)} を内訳に割り当ててください",
                $"{metric.Label}{Where(m, k)}: target {F(target, l)} but its parts add up to {F(fixedSum, l)} ({Parts(l)}); assign the difference of {F(target - fixedSum, l)}")));
    }

    void Ambiguous(int m, int k, decimal target, IEnumerable<int> levers, bool sum)
    {
        var metric = _model.Metrics[m];
        var names = string.Join(", ", levers.Select(j => _model.Metrics[j].Id));
        Report(Rule.AmbiguousBackCalculation, m, k, new Message(l => sum
            ? l.T($"{metric.Label}{Where(m, k)} の目標 {Formatter.Format(target, metric.Unit, l)} を {names} にどう配分するか決められません。計画値 (value) か目標 (target) を設定してください",
                $"{metric.Label}{Where(m, k)}: cannot split its target {Formatter.Format(target, metric.Unit, l)} onto {names}, which have no planned values; give them a value or a target")
            : l.T($"{metric.Label}{Where(m, k)} = {metric.Formula?.Text}: 目標 {Formatter.Format(target, metric.Unit, l)} を {names} のどれで達成するか決められません。どれか一つ以外に value を設定してください",
                $"{metric.Label}{Where(m, k)} = {metric.Formula?.Text}: cannot tell which of {names} should reach the target {Formatter.Format(target, metric.Unit, l)}; give all but one of them a value")));
    }

    void Unreachable(int j, int c, int m, int k, decimal target, FormulaError error)
    {
        var lever = _model.Metrics[j];
        var parent = _model.Metrics[m];
        if (error == FormulaError.Overflow)
        {
            // Not a target no value can meet: the value that meets it is beyond exact arithmetic (1e18 ÷ 1e-12).
            Report(Rule.OutOfRange, j, c, new Message(l => l.T($"{parent.Label}{Where(m, k)} の目標 {Formatter.Format(target, parent.Unit, l)} から逆算した {lever.Label} が計算できる範囲 (±7.9×10^28) を超えます。目標か率の桁を確認してください", $"{lever.Label} back-calculated from the target {Formatter.Format(target, parent.Unit, l)} of {parent.Label}{Where(m, k)} is beyond the range of exact arithmetic (±7.9×10^28); check the magnitude of the target and the rates")));
            return;
        }
        var zeros = _model.Nodes[m] is { } node ? ZeroInputs(node, k) : [];
        var zeroText = string.Join(", ", zeros);
        Report(Rule.UnreachableTarget, j, c, new Message(l =>
        {
            var t = Formatter.Format(target, parent.Unit, l);
            return error == FormulaError.DivByZero
                ? l.T($"{parent.Label}{Where(m, k)} の目標 {t} から {lever.Label} を逆算できません: {(zeros.Count > 0 ? zeroText : "式の値")} が 0 のためゼロ除算になります",
                    $"cannot back-calculate {lever.Label} from the target {t} of {parent.Label}{Where(m, k)}: {(zeros.Count > 0 ? zeroText : "a value")} is 0, a division by zero")
                : error == FormulaError.Missing
                    ? l.T($"{parent.Label}{Where(m, k)} の目標 {t} から {lever.Label} を逆算できません: 式 '{parent.Formula?.Text}' の入力に値がありません",
                        $"cannot back-calculate {lever.Label} from the target {t} of {parent.Label}{Where(m, k)}: an input of '{parent.Formula?.Text}' has no value")
                    : l.T($"{parent.Label}{Where(m, k)} の目標 {t} は、{lever.Label} をどう変えても達成できません (式 '{parent.Formula?.Text}')",
                        $"no value of {lever.Label} meets the target {t} of {parent.Label}{Where(m, k)} (formula '{parent.Formula?.Text}')");
        }));
    }

    List<string> ZeroInputs(Node node, int k)
    {
        var loads = new List<(int Metric, int Cell)>();
        CollectLoads(node, k, loads);
        return [.. loads.Distinct()
            .Where(l => _planned.Get(l.Metric, l.Cell) is { IsError: false, Value: 0 })
            .Select(l => $"{_model.Metrics[l.Metric].Label} ({_model.Metrics[l.Metric].Id})")];
    }
}
