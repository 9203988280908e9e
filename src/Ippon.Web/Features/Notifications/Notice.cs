using Ippon.Numbers;
using Ippon.Web.Features.Shared;

namespace Ippon.Web.Features.Notifications;

/// <summary>
/// What a notification says, in one language, before it is dressed for its channel (a mail's text and HTML parts,
/// Slack's blocks, a Teams Adaptive Card): a title, lines of facts, an optional small bar chart and one link.
/// </summary>
/// <param name="Link">An absolute address straight to what to look at or fill in.</param>
/// <param name="Bars">A small chart: labelled bars with their value shown, drawn as HTML table bars in mails and as text bars in chat.</param>
public sealed record Notice(string Title, IReadOnlyList<string> Lines, string Link, string LinkText, IReadOnlyList<Bar>? Bars = null);

/// <summary>One bar of a notice's chart: <paramref name="Ratio"/> of the full width (0–1.5, clipped), with its text.</summary>
public sealed record Bar(string Label, decimal Ratio, string Text);

/// <summary>The two kinds of notice for each language.</summary>
public static class Notices
{
    /// <summary>ja or en, as stored (Japanese for anything else).</summary>
    public static Language LanguageOf(string? code) => RequestLanguage.Parse(code) ?? Language.Ja;

    public static string Code(Language language) => RequestLanguage.Code(language);
}
