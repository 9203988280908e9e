using System.Runtime.CompilerServices;
using System.Text;

namespace Ippon.Export.Markup;

/// <summary>Accumulates HTML or SVG; <see cref="Add"/> escapes every interpolated value (see <see cref="MarkupInterpolation"/>).</summary>
public sealed class MarkupBuilder
{
    internal StringBuilder Inner { get; } = new();

    /// <summary>Appends <paramref name="markup"/>, its holes escaped.</summary>
    public MarkupBuilder Add([InterpolatedStringHandlerArgument("")] ref MarkupInterpolation markup)
    {
        _ = markup;
        return this;
    }

    /// <summary>Appends <paramref name="markup"/> and a line break.</summary>
    public MarkupBuilder Line([InterpolatedStringHandlerArgument("")] ref MarkupInterpolation markup)
    {
        _ = markup;
        Inner.Append('\n');
        return this;
    }

    /// <summary>Appends text, escaped.</summary>
    public MarkupBuilder Text(string? text)
    {
        Inner.Append(Xml.Escape(text));
        return this;
    }

    /// <summary>Appends markup Ippon wrote itself, unescaped.</summary>
    public MarkupBuilder Raw(Trusted markup)
    {
        Inner.Append(markup.Markup);
        return this;
    }

    public override string ToString() => Inner.ToString();
}
