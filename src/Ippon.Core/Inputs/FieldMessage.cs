using Ippon.Numbers;

namespace Ippon.Inputs;

/// <summary>Why one input a user gave cannot be used: the input's name (<c>scenario</c>, <c>set.win_rate</c>, <c>as_of</c>, <c>plan</c>) and the reason in Japanese and English.</summary>
/// <remarks>The shells place it: the CLI prints <c>ippon: …</c> on stderr, the web app turns it into a field error of a problem+json.</remarks>
public sealed record FieldMessage(string Field, Message Message);
