using Ippon.Numbers;
using Ippon.Web.Features.Accounts;
using Ippon.Web.Features.Conventions;

namespace Ippon.Web.Components;

/// <summary>What every component of one browser tab shares: the language (fixed until the switch reloads the page) and who is signed in.</summary>
public sealed class UiContext(Language language, Caller caller, DisplaySettings? display = null)
{
    public Language Language { get; } = language;

    /// <summary>Display rounding and time zone (万円, whole percents, JST unless the user chose otherwise).</summary>
    public DisplaySettings Display { get; } = display ?? DisplaySettings.Default;

    /// <summary>The signed-in account: the name saves are recorded under, its role and department.</summary>
    public Caller Caller { get; set; } = caller;

    /// <summary>The name in the history's "who" column.</summary>
    public string Author => Caller.Name;
}
