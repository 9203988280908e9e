using System.Globalization;
using System.Net;
using System.Text;
using Ippon.Numbers;

namespace Ippon.Web.Features.Notifications;

/// <summary>A notice as a mail: a plain-text part and an HTML part (the chart as table bars: no image, no script, nothing fetched).</summary>
public static class MailFormat
{
    public static string Text(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var text = new StringBuilder();
        text.AppendLine(notice.Title).AppendLine();
        foreach (var line in notice.Lines) text.AppendLine(line);
        if (notice.Bars is { Count: > 0 } bars)
        {
            text.AppendLine();
            foreach (var bar in bars) text.AppendLine(CultureInfo.InvariantCulture, $"{bar.Label}  {ChatFormat.TextBar(bar.Ratio)}  {bar.Text}");
        }
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{notice.LinkText}: {notice.Link}");
        return text.ToString();
    }

    public static string Html(Notice notice, Language language)
    {
        ArgumentNullException.ThrowIfNull(notice);
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{Notices.Code(language)}\"><head><meta charset=\"utf-8\"><title>{E(notice.Title)}</title></head>");
        html.Append("<body style=\"font-family:sans-serif;color:#1a1a1a;max-width:640px\">");
        html.Append(CultureInfo.InvariantCulture, $"<h2 style=\"font-size:18px\">{E(notice.Title)}</h2>");
        html.Append("<ul>");
        foreach (var line in notice.Lines) html.Append(CultureInfo.InvariantCulture, $"<li>{E(line)}</li>");
        html.Append("</ul>");
        if (notice.Bars is { Count: > 0 } bars)
        {
            html.Append("<table role=\"presentation\" style=\"border-collapse:collapse;width:100%\">");
            foreach (var bar in bars)
            {
                var width = (int)Math.Round(Math.Clamp(bar.Ratio, 0m, 1.5m) / 1.5m * 100m);
                var color = bar.Ratio >= 1m ? "#2e7d32" : "#c62828";
                html.Append(CultureInfo.InvariantCulture, $"<tr><td style=\"padding:2px 8px 2px 0;white-space:nowrap\">{E(bar.Label)}</td>");
                html.Append(CultureInfo.InvariantCulture, $"<td style=\"width:60%\"><div style=\"background:{color};height:12px;width:{width}%\"></div></td>");
                html.Append(CultureInfo.InvariantCulture, $"<td style=\"padding-left:8px;white-space:nowrap\">{E(bar.Text)}</td></tr>");
            }
            html.Append("</table>");
        }
        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{E(notice.Link)}\">{E(notice.LinkText)}</a></p>");
        html.Append("</body></html>");
        return html.ToString();
    }
}
