using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ippon.Reporting;

/// <summary>Shared JSON writing: readable Japanese (no \u escapes), exact decimals as plain JSON numbers.</summary>
public static class Json
{
    static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Runs <paramref name="write"/> against a JSON writer and returns the text.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, s_options)) write(writer);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes a nullable decimal as a number or null; trailing zeros are dropped (20.00 → 20).</summary>
    public static void Number(this Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v) w.WriteNumber(name, Normalize(v));
        else w.WriteNull(name);
    }

    /// <summary>Writes a nullable string.</summary>
    public static void Text(this Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    /// <summary>Removes trailing zeros from the decimal's scale: 0.20 → 0.2, 1000.0 → 1000.</summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;
}
