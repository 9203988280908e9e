using Ippon.Numbers;

namespace Ippon.Inputs;

/// <summary>Why one input a user gave cannot be used: the input's name (<c>scenario</c>, <c>set.win_rate</c>, <c>as_of</c>, <c>formula</c>, <c>plan</c>), the reason in Japanese and English, and where in the input's text when a place is known.</summary>
/// <param name="Column">The 1-based character in the input's text where the trouble starts (a formula's syntax error), or null when it concerns the whole input.</param>
/// <remarks>The shells place it: the CLI prints <c>ippon: …</c> on stderr or <c>file:line:col</c>, the web app turns it into a field error of a problem+json.</remarks>
public sealed record FieldMessage(string Field, Message Message, int? Column = null);
