namespace Ippon.Web.Features.Drafts;

/// <summary>
/// A node editor field being typed and not applied yet (no Enter, the focus still in it): kept in the draft so that a
/// reload or a restart puts the text back in the field, where Enter or 保存 applies it.
/// </summary>
/// <param name="Node">The metric or action the editor shows.</param>
/// <param name="Field">The field's test id (<c>field-value</c>, <c>field-target</c>, …), as the browser reports it.</param>
/// <param name="Text">The text in the field.</param>
public sealed record FieldTyping(string Node, string Field, string Text)
{
    /// <summary>The longest text kept (a formula is the longest thing typed in the editor).</summary>
    public const int MaxText = 2000;

    /// <summary>The typing as the browser reported it, or null when it is not a node editor field or too long to be one.</summary>
    public static FieldTyping? From(string? node, string? field, string? text) =>
        node is { Length: > 0 and <= 200 } && field is { Length: <= 40 } f && f.StartsWith("field-", StringComparison.Ordinal) && text is { Length: <= MaxText }
            ? new FieldTyping(node, field, text)
            : null;
}
