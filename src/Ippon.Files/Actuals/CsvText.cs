using System.Collections.Immutable;
using System.Text;
using Ippon.Inputs;
using Ippon.Numbers;

namespace Ippon.Files.Actuals;

/// <summary>Splits CSV text (RFC 4180: commas, double-quoted fields with "" for a quote, line breaks inside quotes) into records whose fields keep their positions.</summary>
/// <remarks>Written here rather than taken from a package so that every field knows its line and column for error messages. Blank lines are skipped.</remarks>
public static class CsvText
{
    /// <summary>The records of <paramref name="text"/>, or the position of an unterminated quote.</summary>
    public static ParseResult<ImmutableArray<ImmutableArray<CsvField>>, InputError> Parse(string text, string file)
    {
        var reader = new CsvReader(new StringReader(text), file);
        var records = ImmutableArray.CreateRange(reader.Records());
        return reader.Error is { } error
            ? ParseResult<ImmutableArray<ImmutableArray<CsvField>>, InputError>.Fail(error)
            : ParseResult<ImmutableArray<ImmutableArray<CsvField>>, InputError>.Ok(records);
    }
}

/// <summary>Streams the records of a CSV file one at a time, so that a file of millions of rows is never held whole in memory.</summary>
/// <remarks>
/// Reading stops at the first problem that makes the rest unreadable (an unterminated quote, a NUL byte, bytes that are
/// not UTF-8), which is then in <see cref="Error"/>; check it after enumerating. A 62 MB actuals file used to be read
/// into one string and split into every record before the first was looked at (3.9 GB at peak).
/// </remarks>
public sealed class CsvReader(TextReader reader, string file, string what = "CSV")
{
    readonly char[] _buffer = new char[64 * 1024];
    int _pos, _len;
    long _offset;

    /// <summary>Why reading stopped early, or null when every record was read.</summary>
    public InputError? Error { get; private set; }

    int Peek()
    {
        if (_pos < _len) return _buffer[_pos];
        if (Error is not null) return -1;
        try
        {
            _offset += _len;
            _len = reader.Read(_buffer, 0, _buffer.Length);
            _pos = 0;
        }
        catch (DecoderFallbackException e)
        {
            _len = 0;
            Error = TextFile.NotUtf8(file, _offset + Math.Max(0, e.Index));
            return -1;
        }
        if (_len == 0) return -1;
        return _buffer[0];
    }

    int Read()
    {
        var c = Peek();
        if (c >= 0) _pos++;
        if (c == 0)
        {
            Error = TextFile.Binary(file, _offset + _pos - 1, what);
            _len = _pos = 0;
            return -1;
        }
        return c;
    }

    /// <summary>The records, lazily; blank lines are skipped.</summary>
    public IEnumerable<ImmutableArray<CsvField>> Records()
    {
        var fields = ImmutableArray.CreateBuilder<CsvField>();
        var value = new StringBuilder();
        int line = 1, column = 1;
        int fieldLine = 1, fieldColumn = 1;
        var quoted = false;

        void EndField()
        {
            fields.Add(new CsvField(quoted ? value.ToString() : value.ToString().Trim(), fieldLine, fieldColumn));
            value.Clear();
            quoted = false;
        }

        ImmutableArray<CsvField>? EndRecord()
        {
            EndField();
            var blank = fields.Count == 1 && fields[0].Value.Length == 0;
            var record = blank ? (ImmutableArray<CsvField>?)null : fields.ToImmutable();
            fields.Clear();
            return record;
        }

        while (true)
        {
            var c = Read();
            if (c < 0) break;
            if (!quoted && c == '"' && IsBlank(value))
            {
                quoted = true;
                var (quoteLine, quoteColumn) = (line, column);
                fieldColumn = column;
                value.Clear();
                column++;
                var closed = false;
                while ((c = Read()) >= 0)
                {
                    if (c == '"')
                    {
                        column++;
                        if (Peek() == '"')
                        {
                            Read();
                            value.Append('"');
                            column++;
                            continue;
                        }
                        closed = true;
                        break;
                    }
                    if (c == '\n')
                    {
                        line++;
                        column = 1;
                    }
                    else
                    {
                        column++;
                    }
                    if (c != '\r') value.Append((char)c);
                }
                if (Error is not null) yield break;
                if (!closed)
                {
                    Error = new InputError(file, quoteLine, quoteColumn, new Message(
                        "引用符 (\") が閉じられていません", "a quoted field (\") is never closed"));
                    yield break;
                }
                // Anything after the closing quote up to the separator is ignored except spaces.
                while (Peek() is >= 0 and not (',' or '\n' or '\r'))
                {
                    Read();
                    column++;
                }
                continue;
            }
            switch (c)
            {
                case ',':
                    EndField();
                    column++;
                    fieldLine = line;
                    fieldColumn = column;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (EndRecord() is { } record) yield return record;
                    line++;
                    column = 1;
                    fieldLine = line;
                    fieldColumn = 1;
                    break;
                default:
                    value.Append((char)c);
                    column++;
                    break;
            }
        }
        if (Error is not null) yield break;
        if ((value.Length > 0 || fields.Count > 0 || quoted) && EndRecord() is { } last) yield return last;
    }

    static bool IsBlank(StringBuilder value)
    {
        for (var i = 0; i < value.Length; i++)
            if (!char.IsWhiteSpace(value[i])) return false;
        return true;
    }
}
