using Ippon.Numbers;
using Ippon.Web.Features.Accounts;

namespace Ippon.Web.Components;

/// <summary>What every component of one browser tab shares: the language (fixed until the switch reloads the page) and who is signed in.</summary>
public sealed class UiContext(Language language, Caller caller)
{
    public Language Language { get; } = language;

    /// <summary>The signed-in account: the name saves are recorded under, its role and department.</summary>
    public Caller Caller { get; set; } = caller;

    /// <summary>The name in the history's "who" column.</summary>
    public string Author => Caller.Name;
}
