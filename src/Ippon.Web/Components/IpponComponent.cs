using Ippon.Numbers;
using Ippon.Plans;
using Microsoft.AspNetCore.Components;

namespace Ippon.Web.Components;

/// <summary>The base of Ippon's components: the UI language, and texts written in both languages where they are used.</summary>
public abstract class IpponComponent : ComponentBase
{
    [CascadingParameter]
    public UiContext Ui { get; set; } = new(Language.Ja, Ippon.Web.Features.Accounts.Caller.Nobody);

    protected Language Lang => Ui.Language;

    /// <summary>The Japanese or the English text, by the UI language.</summary>
    protected string T(string ja, string en) => Lang == Language.Ja ? ja : en;

    /// <summary>A message in the UI language.</summary>
    protected string T(Message message) => message?.In(Lang) ?? "";

    /// <summary>A number in its unit, the way the UI language writes it (1億円 / 100,000,000 JPY).</summary>
    protected string Fmt(decimal? value, Unit unit) => Formatter.Format(value, unit, Lang);

    /// <summary>A UTC time as local time, minutes precision.</summary>
    protected static string When(DateTime utc) => utc.ToLocalTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
