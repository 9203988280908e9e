namespace Ippon.Files.Changes;

/// <summary>A metric or action (or the plan's settings) both saves changed differently: the common version's values, yours, and theirs, field by field.</summary>
/// <param name="Subject">The metric or action id, or <c>plan</c>.</param>
/// <param name="Mine">Your changes from the common version.</param>
/// <param name="Theirs">The other save's changes from the common version.</param>
public sealed record MergeConflict(string Subject, string Label, IReadOnlyList<Change> Mine, IReadOnlyList<Change> Theirs);
