using Ippon.Calculation;
using Ippon.Numbers;

namespace Ippon.Export;

/// <summary>What every export renders: a calculated plan, the language of the reader and the document's date.</summary>
/// <param name="Result">The plan after back- and forward-calculation (scenario and --set applied).</param>
/// <param name="Language">Japanese by default; English with <c>--lang en</c>.</param>
/// <param name="Date">The date printed on the approval document (today, from the caller's clock).</param>
public sealed record ExportContext(PlanResult Result, Language Language, DateOnly Date)
{
    /// <summary>The plan file's name, printed in the document's colophon.</summary>
    public string? Source { get; init; }

    /// <summary>The Japanese or the English text, for the reader's language.</summary>
    public string T(string ja, string en) => Language == Language.Ja ? ja : en;
}
