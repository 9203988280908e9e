using System.Text;
using Ippon.Inputs;
using Ippon.Numbers;

namespace Ippon.Files;

/// <summary>Reads a user's text file defensively: a directory, a missing file, a huge file or binary data is an <see cref="InputError"/>, never an exception.</summary>
public static class TextFile
{
    /// <summary>Reads <paramref name="path"/> as UTF-8 text of at most <paramref name="maxBytes"/> bytes.</summary>
    /// <param name="tooLarge">What to do about a file above the limit, said after the sizes (for a plan: move member values into a CSV).</param>
    public static ParseResult<string, InputError> Read(string path, long maxBytes, string what, Message? tooLarge = null)
    {
        try
        {
            if (Check(path, maxBytes, what, tooLarge) is { } error) return ParseResult<string, InputError>.Fail(error);
            var bytes = File.ReadAllBytes(path);
            return Decode(bytes, path, what);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ParseResult<string, InputError>.Fail(CannotRead(path, e));
        }
    }

    /// <summary>Opens <paramref name="path"/> for reading as UTF-8 text a little at a time (a BOM is skipped), after the same checks as <see cref="Read"/>.</summary>
    /// <remarks>Invalid UTF-8 surfaces as a <see cref="DecoderFallbackException"/> while reading and a NUL byte as a '\0'
    /// character: the reader turns them into <see cref="NotUtf8"/> and <see cref="Binary"/>.</remarks>
    public static ParseResult<TextReader, InputError> Open(string path, long maxBytes, string what, Message? tooLarge = null)
    {
        try
        {
            if (Check(path, maxBytes, what, tooLarge) is { } error) return ParseResult<TextReader, InputError>.Fail(error);
            return ParseResult<TextReader, InputError>.Ok(new StreamReader(path, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ParseResult<TextReader, InputError>.Fail(CannotRead(path, e));
        }
    }

    static InputError? Check(string path, long maxBytes, string what, Message? tooLarge)
    {
        InputError Fail(string ja, string en) => new(path, 0, 0, new Message(ja, en));
        if (Directory.Exists(path))
            return Fail($"ディレクトリです。{what}のファイルを指定してください", $"is a directory; expected a {what} file");
        var info = new FileInfo(path);
        if (!info.Exists)
            return Fail($"ファイルがありません。{what}のファイルのパスを確認してください", $"no such file; expected the path of a {what} file");
        if (info.Length > maxBytes)
        {
            var hint = tooLarge ?? new Message("ファイルを期間や部署ごとに分けてください", "split the file (by period or department)");
            return Fail(
                $"{info.Length / 1_048_576.0:0.#} MB あり、{what}のファイルの上限 {maxBytes / 1_048_576} MB を超えています。{hint.In(Language.Ja)}",
                $"is {info.Length / 1_048_576.0:0.#} MB, above the {maxBytes / 1_048_576} MB limit for {what} files; {hint.In(Language.En)}");
        }
        return null;
    }

    static InputError CannotRead(string path, Exception e) =>
        new(path, 0, 0, new Message($"読めません: {e.Message}", $"cannot be read: {e.Message}"));

    /// <summary>The error for binary data: a NUL byte at <paramref name="offset"/>.</summary>
    public static InputError Binary(string path, long offset, string what) => new(path, 0, 0, new Message(
        $"バイナリファイルです ({offset} バイト目に NUL)。UTF-8 のテキストの{what}を指定してください",
        $"is a binary file (NUL byte at offset {offset}); expected a UTF-8 text {what} file"));

    /// <summary>The error for bytes that are not UTF-8, near <paramref name="offset"/>.</summary>
    public static InputError NotUtf8(string path, long offset) => new(path, 0, 0, new Message(
        $"UTF-8 ではありません ({offset} バイト目付近)。UTF-8 で保存してください (Excel の場合は「CSV UTF-8」)",
        $"is not UTF-8 (near byte {offset}); save it as UTF-8 (in Excel: \"CSV UTF-8\")"));

    /// <summary><paramref name="text"/> without a leading byte order mark (U+FEFF): one rule for files, uploads and API bodies.</summary>
    public static string StripBom(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;

    /// <summary>Decodes <paramref name="bytes"/> as UTF-8 (a BOM is allowed), rejecting binary data.</summary>
    public static ParseResult<string, InputError> Decode(byte[] bytes, string path, string what)
    {
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0) return ParseResult<string, InputError>.Fail(Binary(path, nul, what));
        try
        {
            return ParseResult<string, InputError>.Ok(StripBom(new UTF8Encoding(false, true).GetString(bytes)));
        }
        catch (DecoderFallbackException e)
        {
            return ParseResult<string, InputError>.Fail(NotUtf8(path, e.Index));
        }
    }
}
