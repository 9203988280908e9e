using Ippon.Formulas.Syntax;
using Ippon.Plans;

namespace Ippon.Calculation;

/// <summary>One operation of a derivation: the running target combined with a known value (÷ 200万円).</summary>
/// <param name="Metric">The id of the metric the operand comes from, when it is one.</param>
/// <param name="Reversed">True for <c>operand − target</c> and <c>operand ÷ target</c>.</param>
public sealed record DerivationStep(BinaryOp Op, decimal Operand, string? Metric, Unit Unit, bool Reversed = false);
