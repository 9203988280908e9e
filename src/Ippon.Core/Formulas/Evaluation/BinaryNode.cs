using Ippon.Dimensions;
using Ippon.Formulas.Syntax;

namespace Ippon.Formulas.Evaluation;

/// <summary>An arithmetic operation on two operands.</summary>
/// <remarks>
/// Whole-array evaluation runs one loop per node, specialised by the JIT for each pair of operand kinds (same
/// cells, looked-up cells, one number) through struct generics. Errors are rare, so the loop uses plain decimal
/// operators and, if one throws (overflow, division by zero), the node is redone cell by cell with errors as values.
/// </remarks>
public sealed class BinaryNode(Binary source, Node left, Node right) : Node(source)
{
    public BinaryOp Op { get; } = source.Op;

    public Node Left { get; } = left;

    public Node Right { get; } = right;

    public override FormulaValue At(int k, Cells cells, Override ov)
    {
        var l = Left.At(k, cells, ov);
        if (l.IsError) return l;
        var r = Right.At(k, cells, ov);
        return r.IsError ? r : Apply(Op, l.Value, r.Value);
    }

    /// <summary>Applies <paramref name="op"/> exactly, with errors as values.</summary>
    public static FormulaValue Apply(BinaryOp op, decimal l, decimal r) => op switch
    {
        BinaryOp.Add => Arithmetic.Add(l, r),
        BinaryOp.Subtract => Arithmetic.Subtract(l, r),
        BinaryOp.Multiply => Arithmetic.Multiply(l, r),
        BinaryOp.Divide => Arithmetic.Divide(l, r),
        _ => Arithmetic.Power(l, r),
    };

    internal override Vector All(int size, Cells cells, decimal[]? dest)
    {
        var l = Left.All(size, cells, null);
        var r = Right.All(size, cells, null);
        if (l.IsScalar && r.IsScalar && dest is null)
        {
            var o = l.HasErrors ? l[0] : r.HasErrors ? r[0] : Apply(Op, l.Scalar, r.Scalar);
            return new Vector(o.Value, o.Error);
        }
        dest ??= new decimal[size];
        if (!l.HasErrors && !r.HasErrors && Op != BinaryOp.Power)
        {
            try
            {
                Dispatch(l, r, dest, size);
                return new Vector(dest, null, IndexMap.Identity);
            }
            catch (Exception e) when (e is OverflowException or DivideByZeroException)
            {
                // Redo this node cell by cell below, turning the failing cells into error values.
            }
        }
        FormulaError[]? errors = null;
        for (var k = 0; k < size; k++)
        {
            var a = l[k];
            var b = r[k];
            var o = a.IsError ? a : b.IsError ? b : Apply(Op, a.Value, b.Value);
            dest[k] = o.Value;
            if (o.IsError) (errors ??= new FormulaError[size])[k] = o.Error;
        }
        return new Vector(dest, errors, IndexMap.Identity);
    }

    void Dispatch(Vector l, Vector r, decimal[] dest, int size)
    {
        switch (Op)
        {
            case BinaryOp.Add: DispatchLeft<AddOp>(l, r, dest, size); break;
            case BinaryOp.Subtract: DispatchLeft<SubtractOp>(l, r, dest, size); break;
            case BinaryOp.Multiply: DispatchLeft<MultiplyOp>(l, r, dest, size); break;
            default: DispatchLeft<DivideOp>(l, r, dest, size); break;
        }
    }

    static void DispatchLeft<TOp>(Vector l, Vector r, decimal[] dest, int size)
        where TOp : struct, IDecimalOp
    {
        switch (l.Map.Kind)
        {
            case IndexMapKind.Identity when !l.IsScalar: DispatchRight<TOp, Same>(new Same(l.Values!), r, dest, size); break;
            case IndexMapKind.Table: DispatchRight<TOp, Looked>(new Looked(l.Values!, l.Map.Table!), r, dest, size); break;
            case IndexMapKind.Divide: DispatchRight<TOp, Divided>(new Divided(l.Values!, l.Map.Factor), r, dest, size); break;
            case IndexMapKind.Modulo: DispatchRight<TOp, Wrapped>(new Wrapped(l.Values!, l.Map.Factor), r, dest, size); break;
            default: DispatchRight<TOp, One>(new One(l.IsScalar ? l.Scalar : l.Values![0]), r, dest, size); break;
        }
    }

    static void DispatchRight<TOp, TL>(TL l, Vector r, decimal[] dest, int size)
        where TOp : struct, IDecimalOp
        where TL : struct, IOperand
    {
        switch (r.Map.Kind)
        {
            case IndexMapKind.Identity when !r.IsScalar: Loop<TOp, TL, Same>(l, new Same(r.Values!), dest, size); break;
            case IndexMapKind.Table: Loop<TOp, TL, Looked>(l, new Looked(r.Values!, r.Map.Table!), dest, size); break;
            case IndexMapKind.Divide: Loop<TOp, TL, Divided>(l, new Divided(r.Values!, r.Map.Factor), dest, size); break;
            case IndexMapKind.Modulo: Loop<TOp, TL, Wrapped>(l, new Wrapped(r.Values!, r.Map.Factor), dest, size); break;
            default: Loop<TOp, TL, One>(l, new One(r.IsScalar ? r.Scalar : r.Values![0]), dest, size); break;
        }
    }

    // Big arrays are split between the cores: the loop is bound by memory and by decimal arithmetic, both of which
    // scale with a second core. Below the threshold the hand-off costs more than it saves.
    const int ParallelThreshold = 1 << 16;

    static void Loop<TOp, TL, TR>(TL l, TR r, decimal[] dest, int size)
        where TOp : struct, IDecimalOp
        where TL : struct, IOperand
        where TR : struct, IOperand
    {
        if (size < ParallelThreshold || Environment.ProcessorCount < 2)
        {
            Range<TOp, TL, TR>(l, r, dest, 0, size);
            return;
        }
        var parts = Math.Min(Environment.ProcessorCount, 8);
        try
        {
            Parallel.For(0, parts, part => Range<TOp, TL, TR>(l, r, dest, (int)((long)size * part / parts), (int)((long)size * (part + 1) / parts)));
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is OverflowException or DivideByZeroException))
        {
            throw new OverflowException(e.InnerExceptions[0].Message, e.InnerExceptions[0]);
        }
    }

    static void Range<TOp, TL, TR>(TL l, TR r, decimal[] dest, int from, int to)
        where TOp : struct, IDecimalOp
        where TL : struct, IOperand
        where TR : struct, IOperand
    {
        for (var k = from; k < to; k++) dest[k] = TOp.Apply(l[k], r[k]);
    }

    public override IEnumerable<Node> Children => [Left, Right];

    interface IOperand
    {
        decimal this[int k] { get; }
    }

    readonly struct Same(decimal[] values) : IOperand
    {
        public decimal this[int k] => values[k];
    }

    readonly struct Looked(decimal[] values, int[] table) : IOperand
    {
        public decimal this[int k] => values[table[k]];
    }

    readonly struct Divided(decimal[] values, int factor) : IOperand
    {
        public decimal this[int k] => values[k / factor];
    }

    readonly struct Wrapped(decimal[] values, int factor) : IOperand
    {
        public decimal this[int k] => values[k % factor];
    }

    readonly struct One(decimal value) : IOperand
    {
        public decimal this[int k] => value;
    }

    interface IDecimalOp
    {
        static abstract decimal Apply(decimal a, decimal b);
    }

    readonly struct AddOp : IDecimalOp
    {
        public static decimal Apply(decimal a, decimal b) => FastDecimal.Add(a, b);
    }

    readonly struct SubtractOp : IDecimalOp
    {
        public static decimal Apply(decimal a, decimal b) => a - b;
    }

    readonly struct MultiplyOp : IDecimalOp
    {
        public static decimal Apply(decimal a, decimal b) => FastDecimal.Multiply(a, b);
    }

    readonly struct DivideOp : IDecimalOp
    {
        public static decimal Apply(decimal a, decimal b) => a / b;
    }
}
