namespace Ippon.Numbers;

/// <summary>A user-facing sentence that can be rendered in Japanese or English, numbers formatted for that language.</summary>
public sealed class Message
{
    readonly Func<Language, string> _render;

    /// <summary>Creates a message rendered by <paramref name="render"/> for each language.</summary>
    public Message(Func<Language, string> render) => _render = render;

    /// <summary>Creates a message from its two fixed texts.</summary>
    public Message(string ja, string en) => _render = l => l == Language.Ja ? ja : en;

    /// <summary>The message in <paramref name="language"/>.</summary>
    public string In(Language language) => _render(language);

    /// <summary>The English text, for logs and debugging.</summary>
    public override string ToString() => _render(Language.En);
}
