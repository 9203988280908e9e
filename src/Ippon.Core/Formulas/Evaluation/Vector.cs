using Ippon.Dimensions;

namespace Ippon.Formulas.Evaluation;

/// <summary>An intermediate result of vector evaluation: one number for every cell, or cells read through a map.</summary>
readonly struct Vector
{
    public Vector(decimal scalar, FormulaError error = FormulaError.None)
    {
        Scalar = scalar;
        ScalarError = error;
        Map = IndexMap.Scalar;
    }

    public Vector(decimal[] values, FormulaError[]? errors, IndexMap map)
    {
        Values = values;
        Errors = errors;
        Map = map;
    }

    public decimal Scalar { get; }

    public FormulaError ScalarError { get; }

    public decimal[]? Values { get; }

    public FormulaError[]? Errors { get; }

    public IndexMap Map { get; }

    public bool IsScalar => Values is null;

    public bool HasErrors => IsScalar ? ScalarError != FormulaError.None : Errors is not null;

    public FormulaValue this[int k]
    {
        get
        {
            if (Values is null) return new FormulaValue(Scalar, ScalarError);
            var i = Map[k];
            return Errors is not null && Errors[i] != FormulaError.None ? FormulaValue.Fail(Errors[i]) : new FormulaValue(Values[i]);
        }
    }
}
