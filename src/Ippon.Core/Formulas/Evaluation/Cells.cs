using Ippon.Dimensions;

namespace Ippon.Formulas.Evaluation;

/// <summary>The numbers of every metric: one flat array of cells per metric, and the cells that hold errors instead.</summary>
/// <remarks>
/// Values are <see cref="decimal"/> so that 20% and 4,000万円 are exact and a gap of zero is zero; see
/// docs/architecture.md for why this costs little. Errors are kept aside in a lazily allocated array so that the
/// common case (no errors) runs tight loops over plain values.
/// </remarks>
public sealed class Cells
{
    /// <summary>Allocates cells for metrics of the given shapes.</summary>
    public Cells(IReadOnlyList<Shape> shapes)
        : this(shapes, _ => null, _ => false)
    {
    }

    /// <summary>Allocates cells, adopting the arrays <paramref name="provided"/> gives (no copy) and leaving the arrays of <paramref name="computed"/> metrics unzeroed, since evaluation overwrites every cell.</summary>
    public Cells(IReadOnlyList<Shape> shapes, Func<int, decimal[]?> provided, Func<int, bool> computed)
    {
        Shapes = [.. shapes];
        Values = new decimal[shapes.Count][];
        Errors = new FormulaError[]?[shapes.Count];
        for (var m = 0; m < shapes.Count; m++)
        {
            var size = shapes[m].Size;
            if (provided(m) is { } array)
            {
                if (array.Length != size) throw new ArgumentException($"metric {m} needs {size} cells, got {array.Length}", nameof(provided));
                Values[m] = array;
            }
            else
            {
                Values[m] = computed(m) && size >= 1024 ? GC.AllocateUninitializedArray<decimal>(size) : new decimal[size];
            }
        }
    }

    /// <summary>The shape of each metric.</summary>
    public Shape[] Shapes { get; }

    /// <summary>The values of each metric's cells; a cell with an error holds 0.</summary>
    public decimal[][] Values { get; }

    /// <summary>For each metric, null when no cell has an error, else the error of every cell.</summary>
    public FormulaError[]?[] Errors { get; }

    /// <summary>The outcome of one cell.</summary>
    public FormulaValue Get(int metric, int cell)
    {
        var errors = Errors[metric];
        return errors is not null && errors[cell] != FormulaError.None
            ? FormulaValue.Fail(errors[cell])
            : new FormulaValue(Values[metric][cell]);
    }

    /// <summary>Sets one cell to a value or an error.</summary>
    public void Set(int metric, int cell, FormulaValue outcome)
    {
        Values[metric][cell] = outcome.Value;
        if (outcome.IsError)
        {
            (Errors[metric] ??= new FormulaError[Values[metric].Length])[cell] = outcome.Error;
        }
        else if (Errors[metric] is { } errors)
        {
            errors[cell] = FormulaError.None;
        }
    }

    /// <summary>Marks every cell of <paramref name="metric"/> with <paramref name="error"/>.</summary>
    public void Fail(int metric, FormulaError error)
    {
        Array.Clear(Values[metric]);
        var errors = Errors[metric] ??= new FormulaError[Values[metric].Length];
        Array.Fill(errors, error);
    }

    /// <summary>Fills every cell of <paramref name="metric"/> with <paramref name="value"/>.</summary>
    public void Fill(int metric, decimal value)
    {
        Array.Fill(Values[metric], value);
        Errors[metric] = null;
    }
}
