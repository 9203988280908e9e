using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Ippon.Export.Markup;

/// <summary>Builds markup from an interpolated string: literal parts are copied, every hole is escaped unless it is <see cref="Trusted"/>.</summary>
/// <remarks>Escaping by default means a metric named <c>&lt;script&gt;</c> can only ever appear as text.</remarks>
[InterpolatedStringHandler]
public readonly ref struct MarkupInterpolation
{
    readonly StringBuilder _sb;

    public MarkupInterpolation(int literalLength, int formattedCount, MarkupBuilder builder)
    {
        _ = literalLength;
        _ = formattedCount;
        _sb = builder.Inner;
    }

    public void AppendLiteral(string literal) => _sb.Append(literal);

    public void AppendFormatted(Trusted markup) => _sb.Append(markup.Markup);

    public void AppendFormatted(string? text) => _sb.Append(Xml.Escape(text));

    public void AppendFormatted(double number) => _sb.Append(Svg(number));

    public void AppendFormatted(int number) => _sb.Append(number.ToString(CultureInfo.InvariantCulture));

    public void AppendFormatted<T>(T value) => _sb.Append(Xml.Escape(Convert.ToString(value, CultureInfo.InvariantCulture)));

    /// <summary>A coordinate as SVG wants it: invariant culture, at most two decimals.</summary>
    public static string Svg(double number) => Math.Round(number, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
