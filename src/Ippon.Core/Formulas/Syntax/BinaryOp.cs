namespace Ippon.Formulas.Syntax;

/// <summary>The arithmetic operators of the formula language.</summary>
public enum BinaryOp
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Power,
}
