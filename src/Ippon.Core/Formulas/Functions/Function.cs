namespace Ippon.Formulas.Functions;

/// <summary>Computes a function's result from its evaluated arguments.</summary>
public delegate FormulaValue FunctionBody(ReadOnlySpan<decimal> args);

/// <summary>A built-in function: its name, how many arguments it takes, and what it computes.</summary>
public sealed record Function(string Name, int MinArgs, int MaxArgs, FunctionKind Kind, FunctionBody Apply);
