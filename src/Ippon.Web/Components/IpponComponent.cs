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
    protected string T(string ja, string en) => Lang.T(ja, en);

    /// <summary>A message in the UI language, its numbers rounded as the page shows numbers (1人1日 約21件, 83%).</summary>
    protected string T(Message message) => message?.In(Lang, Ui.Display.Rounding) ?? "";

    /// <summary>The message with its numbers exact, for a tooltip (1人1日 20.8333 (≒21)); null (no tooltip) when nothing was rounded.</summary>
    protected string? Exact(Message message) =>
        message is not null && message.In(Lang) is var exact && exact != T(message) ? exact : null;

    /// <summary>A number in its unit, the way the UI language writes it (1億円 / 100,000,000 JPY), rounded for display (9,604万円, 84%).</summary>
    protected string Fmt(decimal? value, Unit unit) => Ui.Display.Rounding.Format(value, unit, Lang);

    /// <summary>A number as it is entered, not rounded for display (an input cell, the echo of what was typed): 604万8,000円.</summary>
    protected string AsEntered(decimal? value, Unit unit) => Formatter.Format(value, unit, Lang);

    /// <summary>A ratio as a percentage rounded for display (a load: 69%).</summary>
    protected string Pct(decimal ratio) => Ui.Display.Rounding.Percent(ratio);

    /// <summary>A plain number rounded for display (a pace per person and day: 0.05, 4.5).</summary>
    protected string Num(decimal value) => Ui.Display.Rounding.Plain(value);

    /// <summary>The exact value, for a tooltip that always gives it (9,603万6,000円, 83.97%, 1/3 as 33.33333333…%).</summary>
    protected string Precise(decimal? value, Unit unit) => value is { } v ? Formatter.Precise(v, unit, Lang) : "—";

    /// <summary>The exact value behind a rounded one, for a tooltip: 9,603万6,000円, 83.97%; empty when nothing was rounded away.</summary>
    protected string Exact(decimal? value, Unit unit) =>
        value is { } v && Fmt(v, unit) is var shown && Formatter.Precise(v, unit, Lang) is var exact && exact != shown ? exact : "";

    /// <summary>A UTC time in the user's time zone (JST by default), minutes precision.</summary>
    protected string When(DateTime utc) => Ui.Display.Time(utc);
}
