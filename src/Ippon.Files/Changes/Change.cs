namespace Ippon.Files.Changes;

/// <summary>One difference between two versions: which metric or action (<see cref="Subject"/> is its id), which field, from what to what.</summary>
/// <param name="Field">name, role, formula, value, target, unit, owner, deadline…; <c>added</c> or <c>removed</c> for a whole metric or action.</param>
public sealed record Change(string Subject, string Label, string Field, string? From, string? To);
