using System.Collections.Immutable;
using System.Text;
using Ippon.Numbers;

namespace Ippon.Files.Actuals;

/// <summary>Splits CSV text (RFC 4180: commas, double-quoted fields with "" for a quote, line breaks inside quotes) into records whose fields keep their positions.</summary>
/// <remarks>Written here rather than taken from a package so that every field knows its line and column for error messages. Blank lines are skipped.</remarks>
public static class CsvText
{
    /// <summary>The records of <paramref name="text"/>, or the position of an unterminated quote.</summary>
    public static (ImmutableArray<ImmutableArray<CsvField>> Records, InputError? Error) Parse(string text, string file)
    {
        var records = ImmutableArray.CreateBuilder<ImmutableArray<CsvField>>();
        var fields = ImmutableArray.CreateBuilder<CsvField>();
        var value = new StringBuilder();
        int line = 1, column = 1, i = 0;
        int fieldLine = 1, fieldColumn = 1;
        var quoted = false;

        void EndField()
        {
            fields.Add(new CsvField(quoted ? value.ToString() : value.ToString().Trim(), fieldLine, fieldColumn));
            value.Clear();
            quoted = false;
        }

        void EndRecord()
        {
            EndField();
            var blank = fields.Count == 1 && fields[0].Value.Length == 0;
            if (!blank) records.Add(fields.ToImmutable());
            fields.Clear();
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (!quoted && c == '"' && value.ToString().Trim().Length == 0)
            {
                quoted = true;
                var (quoteLine, quoteColumn) = (line, column);
                fieldColumn = column;
                value.Clear();
                i++;
                column++;
                var closed = false;
                while (i < text.Length)
                {
                    c = text[i];
                    if (c == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            value.Append('"');
                            i += 2;
                            column += 2;
                            continue;
                        }
                        i++;
                        column++;
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
                    if (c != '\r') value.Append(c);
                    i++;
                }
                if (!closed)
                {
                    return ([], new InputError(file, quoteLine, quoteColumn, new Message(
                        "引用符 (\") が閉じられていません", "a quoted field (\") is never closed")));
                }
                // Anything after the closing quote up to the separator is ignored except spaces.
                while (i < text.Length && text[i] is not (',' or '\n' or '\r'))
                {
                    i++;
                    column++;
                }
                continue;
            }
            switch (c)
            {
                case ',':
                    EndField();
                    i++;
                    column++;
                    fieldLine = line;
                    fieldColumn = column;
                    break;
                case '\r':
                    i++;
                    break;
                case '\n':
                    EndRecord();
                    i++;
                    line++;
                    column = 1;
                    fieldLine = line;
                    fieldColumn = 1;
                    break;
                default:
                    value.Append(c);
                    i++;
                    column++;
                    break;
            }
        }
        if (value.Length > 0 || fields.Count > 0 || quoted) EndRecord();
        return (records.ToImmutable(), null);
    }
}
