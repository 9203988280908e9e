using Ippon.Calculation;

namespace Ippon.Comparison;

/// <summary>One column of a comparison: a scenario's name and the plan calculated with its overrides.</summary>
/// <param name="IsBase">True for <c>base</c>: the plan as written, without overrides.</param>
public sealed record ComparedScenario(string Name, string? Description, bool IsBase, PlanResult Result);
