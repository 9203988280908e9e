namespace Ippon.Numbers;

/// <summary>A user-facing sentence that can be rendered in Japanese or English, numbers formatted for that language.</summary>
/// <remarks>
/// A message with numbers in it may be written once for both readings (<see cref="Message(Func{Language, DisplayRounding?, string})"/>):
/// exact where numbers are published or read back (the CLI, its JSON, the documents: 1人1日 20.8333 (≒21)), rounded the
/// way the page shows numbers (<see cref="DisplayRounding"/>: 1人1日 約21件) where a person reads it.
/// </remarks>
public sealed class Message
{
    readonly Func<Language, DisplayRounding?, string> _render;

    /// <summary>Creates a message rendered by <paramref name="render"/> for each language.</summary>
    public Message(Func<Language, string> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        _render = (l, _) => render(l);
    }

    /// <summary>Creates a message whose numbers are written exactly (rounding null) or rounded for display.</summary>
    public Message(Func<Language, DisplayRounding?, string> render) => _render = render;

    /// <summary>Creates a message from its two fixed texts.</summary>
    public Message(string ja, string en) => _render = (l, _) => l == Language.Ja ? ja : en;

    /// <summary>The message in <paramref name="language"/>, numbers exact.</summary>
    public string In(Language language) => _render(language, null);

    /// <summary>The message in <paramref name="language"/> with its numbers rounded as <paramref name="rounding"/> shows them.</summary>
    public string In(Language language, DisplayRounding rounding) => _render(language, rounding);

    /// <summary>The English text, for logs and debugging.</summary>
    public override string ToString() => In(Language.En);
}
