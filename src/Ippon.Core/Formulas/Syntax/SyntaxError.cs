using Ippon.Numbers;

namespace Ippon.Formulas.Syntax;

/// <summary>Why a formula could not be read: where (0-based offset in the formula) and what was expected there.</summary>
public sealed record SyntaxError(int Position, Message Message);
