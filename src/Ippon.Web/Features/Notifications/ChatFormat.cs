using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ippon.Web.Features.Notifications;

/// <summary>A notice as the JSON body of an incoming webhook: Slack's (text with Block Kit blocks) and Microsoft Teams' (a message with an Adaptive Card attachment, as Teams workflows' incoming webhooks take it).</summary>
public static class ChatFormat
{
    static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Slack: <c>text</c> (the notification's fallback) and blocks: a header, the lines as mrkdwn, a button to the link.</summary>
    public static string Slack(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var lines = string.Join("\n", notice.Lines.Select(l => "• " + Escape(l)));
        if (notice.Bars is { Count: > 0 } bars) lines += "\n```\n" + string.Join("\n", bars.Select(b => $"{b.Label}  {TextBar(b.Ratio)}  {b.Text}")) + "\n```";
        var body = new JsonObject
        {
            ["text"] = notice.Title,
            ["blocks"] = new JsonArray(
                new JsonObject { ["type"] = "header", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = Cut(notice.Title, 150) } },
                new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = Cut(lines, 3000) } },
                new JsonObject
                {
                    ["type"] = "actions",
                    ["elements"] = new JsonArray(new JsonObject
                    {
                        ["type"] = "button",
                        ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = notice.LinkText },
                        ["url"] = notice.Link,
                    }),
                }),
        };
        return body.ToJsonString(Options);
    }

    /// <summary>Teams: <c>{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{AdaptiveCard 1.4}}]}</c>.</summary>
    public static string Teams(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var items = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = notice.Title, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true });
        foreach (var line in notice.Lines) items.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = "- " + line, ["wrap"] = true, ["spacing"] = "Small" });
        if (notice.Bars is { Count: > 0 } bars)
        {
            var facts = new JsonArray();
            foreach (var b in bars) facts.Add(new JsonObject { ["title"] = b.Label, ["value"] = $"{TextBar(b.Ratio)} {b.Text}" });
            items.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
        }
        var body = new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.card.adaptive",
                ["contentUrl"] = null,
                ["content"] = new JsonObject
                {
                    ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
                    ["type"] = "AdaptiveCard",
                    ["version"] = "1.4",
                    ["body"] = items,
                    ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = notice.LinkText, ["url"] = notice.Link }),
                },
            }),
        };
        return body.ToJsonString(Options);
    }

    /// <summary>A bar of 10 cells for 100% (up to 15), for places without HTML.</summary>
    public static string TextBar(decimal ratio)
    {
        var cells = (int)Math.Round(Math.Clamp(ratio, 0m, 1.5m) * 10m);
        return new string('█', cells) + new string('░', Math.Max(0, 10 - cells));
    }

    // Slack's mrkdwn treats &, < and > as control characters.
    static string Escape(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    static string Cut(string s, int max) => s.Length <= max ? s : string.Concat(s.AsSpan(0, max - 1), "…");
}
