using Ippon.Formulas.Evaluation;
using Ippon.Formulas.Syntax;

namespace Ippon.Formulas.BackSolving;

/// <summary>One step of an exact inversion: the running target is combined with <see cref="Operand"/> by <see cref="Op"/>.</summary>
/// <param name="Op">What is done to the running target: ÷ for a product, − for a sum, and so on.</param>
/// <param name="Operand">The value of the other side of the formula node.</param>
/// <param name="OperandNode">Where that value comes from (a metric, for its unit and name), or null.</param>
/// <param name="Reversed">True when the running target is the right operand: <c>operand − target</c>, <c>operand ÷ target</c>.</param>
public sealed record SolveStep(BinaryOp Op, decimal Operand, Node? OperandNode, bool Reversed = false);
