using Ippon.Numbers;

namespace Ippon.Files;

/// <summary>Why an input file could not be used: the file, the 1-based line and column, and what was expected there.</summary>
/// <remarks>Line and column are 0 when the problem concerns the whole file (missing, empty, binary).</remarks>
public sealed record InputError(string File, int Line, int Column, Message Message)
{
    /// <summary>The one-line form every command prints: <c>plan.yaml:12:5: expected …</c>.</summary>
    public string Format(Language language) =>
        Line > 0 ? $"{File}:{Line}:{Column}: {Message.In(language)}" : $"{File}: {Message.In(language)}";

    public override string ToString() => Format(Language.En);
}
