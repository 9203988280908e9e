using Ippon.Numbers;

namespace Ippon.Web.Components;

/// <summary>What every component of one browser tab shares: the language (fixed until the switch reloads the page) and the name saves are recorded under.</summary>
public sealed class UiContext(Language language, string author)
{
    public Language Language { get; } = language;

    /// <summary>The name in the history's "who" column; typed once, remembered in a cookie.</summary>
    public string Author { get; set; } = author;
}
