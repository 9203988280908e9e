using Ippon.Formulas.Evaluation;
using Ippon.Formulas.Syntax;

namespace Ippon.Forecast.Simulation;

/// <summary>Evaluates the plan's compiled formulas (Core's <see cref="Node"/> trees) with trials as one more array dimension, in double precision.</summary>
/// <remarks>
/// <para>Core evaluates a formula over all of its cells (members × periods) as flat decimal arrays. A forecast needs
/// the same formula over cells × trials: here every metric holds <c>double[cells × trials]</c>, cell-major
/// (index <c>k × trials + t</c>), so a load through an <see cref="Dimensions.IndexMap"/> gathers whole runs of trials and every
/// operator is one tight loop. The nodes are the same objects the exact plan uses: the forecast cannot drift from
/// the plan's formulas.</para>
/// <para>Double, not decimal: a simulation's numbers are samples, 10⁻¹⁶ noise is far below their spread, and decimal
/// would cost 10–20× as much. The exact plan (targets, planned values) is never touched.</para>
/// </remarks>
sealed class TrialEvaluator(int trials, Scratch scratch)
{
    public int Trials { get; } = trials;

    /// <summary>Evaluates <paramref name="node"/> over <paramref name="size"/> cells; <paramref name="values"/>[m] holds metric m's cells × trials.</summary>
    public double[] Evaluate(Node node, int size, double[][] values)
    {
        var v = Eval(node, size, values);
        if (v.Array is not null && v.Array.Length == size * Trials && !v.Shared) return v.Array;
        var dest = scratch.Rent(size * Trials);
        if (v.Array is null) Array.Fill(dest, v.Scalar);
        else Array.Copy(v.Array, dest, dest.Length);
        return dest;
    }

    // A node's value: one number, or cells × trials (Shared when it is a metric's own array, which must not be overwritten).
    readonly record struct Value(double[]? Array, double Scalar, bool Shared);

    Value Eval(Node node, int size, double[][] values)
    {
        switch (node)
        {
            case ConstantNode c:
                return new Value(null, (double)c.Value, false);
            case LoadNode l:
            {
                var src = values[l.Metric];
                if (src.Length == size * Trials && l.Map.Kind == Dimensions.IndexMapKind.Identity) return new Value(src, 0, true);
                var dest = scratch.Rent(size * Trials);
                for (var k = 0; k < size; k++) Array.Copy(src, l.Map[k] * Trials, dest, k * Trials, Trials);
                return new Value(dest, 0, false);
            }
            case NegateNode n:
            {
                var x = Eval(n.Operand, size, values);
                if (x.Array is null) return new Value(null, -x.Scalar, false);
                var dest = Own(x, size);
                for (var i = 0; i < dest.Length; i++) dest[i] = -dest[i];
                return new Value(dest, 0, false);
            }
            case BinaryNode b:
                return Binary(b.Op, Eval(b.Left, size, values), Eval(b.Right, size, values), size);
            case ReduceNode r:
                return Reduce(r, Eval(r.Inner, r.InnerSize, values), size);
            case CallNode c:
                return Call(c.Function.Name, [.. c.Args.Select(a => Eval(a, size, values))], size);
            default:
                throw new InvalidOperationException($"no trial evaluation for {node.GetType().Name}");
        }
    }

    double[] Own(Value x, int size)
    {
        if (x.Array is not null && !x.Shared) return x.Array;
        var dest = scratch.Rent(size * Trials);
        if (x.Array is null) Array.Fill(dest, x.Scalar);
        else Array.Copy(x.Array, dest, dest.Length);
        return dest;
    }

    Value Binary(BinaryOp op, Value l, Value r, int size)
    {
        if (l.Array is null && r.Array is null) return new Value(null, Apply(op, l.Scalar, r.Scalar), false);
        var dest = l.Array is not null && !l.Shared ? l.Array : r.Array is not null && !r.Shared ? r.Array : scratch.Rent(size * Trials);
        var n = dest.Length;
        if (l.Array is { } la && r.Array is { } ra)
        {
            switch (op)
            {
                case BinaryOp.Add: for (var i = 0; i < n; i++) dest[i] = la[i] + ra[i]; break;
                case BinaryOp.Subtract: for (var i = 0; i < n; i++) dest[i] = la[i] - ra[i]; break;
                case BinaryOp.Multiply: for (var i = 0; i < n; i++) dest[i] = la[i] * ra[i]; break;
                case BinaryOp.Divide: for (var i = 0; i < n; i++) dest[i] = la[i] / ra[i]; break;
                default: for (var i = 0; i < n; i++) dest[i] = Math.Pow(la[i], ra[i]); break;
            }
        }
        else if (l.Array is { } a)
        {
            var s = r.Scalar;
            switch (op)
            {
                case BinaryOp.Add: for (var i = 0; i < n; i++) dest[i] = a[i] + s; break;
                case BinaryOp.Subtract: for (var i = 0; i < n; i++) dest[i] = a[i] - s; break;
                case BinaryOp.Multiply: for (var i = 0; i < n; i++) dest[i] = a[i] * s; break;
                case BinaryOp.Divide: for (var i = 0; i < n; i++) dest[i] = a[i] / s; break;
                default: for (var i = 0; i < n; i++) dest[i] = Math.Pow(a[i], s); break;
            }
        }
        else
        {
            var s = l.Scalar;
            var b = r.Array!;
            switch (op)
            {
                case BinaryOp.Add: for (var i = 0; i < n; i++) dest[i] = s + b[i]; break;
                case BinaryOp.Subtract: for (var i = 0; i < n; i++) dest[i] = s - b[i]; break;
                case BinaryOp.Multiply: for (var i = 0; i < n; i++) dest[i] = s * b[i]; break;
                case BinaryOp.Divide: for (var i = 0; i < n; i++) dest[i] = s / b[i]; break;
                default: for (var i = 0; i < n; i++) dest[i] = Math.Pow(s, b[i]); break;
            }
        }
        return new Value(dest, 0, false);
    }

    static double Apply(BinaryOp op, double l, double r) => op switch
    {
        BinaryOp.Add => l + r,
        BinaryOp.Subtract => l - r,
        BinaryOp.Multiply => l * r,
        BinaryOp.Divide => l / r,
        _ => Math.Pow(l, r),
    };

    Value Reduce(ReduceNode r, Value inner, int size)
    {
        var name = r.Function.Name;
        var dest = scratch.Rent(size * Trials);
        var counts = new int[size];
        var init = name switch { "min" => double.PositiveInfinity, "max" => double.NegativeInfinity, _ => 0.0 };
        Array.Fill(dest, init);
        var src = inner.Array;
        // The function is chosen once per reduction, not per trial: sum(rep_revenue) over 1,000 reps is 10⁷ additions a period.
        var (min, max) = (name == "min", name == "max");
        for (var j = 0; j < r.InnerSize; j++)
        {
            var k = r.ToResult[j];
            counts[k]++;
            var d = dest.AsSpan(k * Trials, Trials);
            if (src is null)
            {
                Fold(d, inner.Scalar, min, max);
                continue;
            }
            var s = src.AsSpan(j * Trials, Trials);
            if (min) for (var t = 0; t < d.Length; t++) d[t] = Math.Min(d[t], s[t]);
            else if (max) for (var t = 0; t < d.Length; t++) d[t] = Math.Max(d[t], s[t]);
            else for (var t = 0; t < d.Length; t++) d[t] += s[t];
        }
        if (name == "avg")
        {
            for (var k = 0; k < size; k++)
                for (var t = 0; t < Trials; t++) dest[(k * Trials) + t] /= Math.Max(1, counts[k]);
        }
        return new Value(dest, 0, false);
    }

    static void Fold(Span<double> d, double x, bool min, bool max)
    {
        for (var t = 0; t < d.Length; t++) d[t] = min ? Math.Min(d[t], x) : max ? Math.Max(d[t], x) : d[t] + x;
    }

    Value Call(string name, Value[] args, int size)
    {
        if (args.All(a => a.Array is null)) return new Value(null, Function(name, [.. args.Select(a => a.Scalar)]), false);
        var dest = scratch.Rent(size * Trials);
        var buffer = new double[args.Length];
        for (var i = 0; i < dest.Length; i++)
        {
            for (var j = 0; j < args.Length; j++) buffer[j] = args[j].Array is { } a ? a[i] : args[j].Scalar;
            dest[i] = Function(name, buffer);
        }
        return new Value(dest, 0, false);
    }

    // The formula language's functions (Core's FunctionTable) in double; round() rounds half away from zero as Core does.
    static double Function(string name, double[] a) => name switch
    {
        "sum" => a.Sum(),
        "min" => a.Min(),
        "max" => a.Max(),
        "avg" => a.Average(),
        "round" => Math.Round(a[0], a.Length > 1 ? (int)a[1] : 0, MidpointRounding.AwayFromZero),
        "ceil" => Math.Ceiling(a[0]),
        "floor" => Math.Floor(a[0]),
        "abs" => Math.Abs(a[0]),
        _ => throw new InvalidOperationException($"no trial evaluation for {name}()"),
    };
}
