using Ippon.Export.Markup;

namespace Ippon.Export.Approval;

/// <summary>One numbered section of the approval document; sections whose data is absent are left out and the rest renumbered.</summary>
/// <param name="Id">The HTML id of the section, also its anchor: <c>kgi</c>, <c>tree</c>.</param>
/// <param name="Title">The heading in the reader's language.</param>
/// <param name="Applies">False when the section has nothing to say for this plan (no actions, no actuals).</param>
/// <param name="Render">Writes the section's body (the heading is written by the document).</param>
public sealed record Section(string Id, Func<ExportContext, string> Title, Func<ExportContext, bool> Applies, Action<MarkupBuilder, ExportContext> Render)
{
    /// <summary>Extra CSS classes of the section element (<c>wide</c> puts it on a landscape page).</summary>
    public Func<ExportContext, string?> Classes { get; init; } = _ => null;
}
