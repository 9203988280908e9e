using Ippon.Files.Actuals;
using Ippon.Files.Plans;

namespace Ippon.Files.Tests.Actuals;

public class CsvTextTests
{
    [Fact]
    public void Parse_QuotedFieldsWithCommasQuotesAndLineBreaks_KeepsThemAndTheirPositions()
    {
        var parsed = CsvText.Parse("a,b,c\n1,\"1,200,000\",\"say \"\"hi\"\"\nthere\"\r\n2, x ,\n", "f.csv");

        Assert.Empty(parsed.Errors);
        var records = parsed.Value;
        Assert.Equal(3, records.Length);
        Assert.Equal(["1", "1,200,000", "say \"hi\"\nthere"], records[1].Select(f => f.Value));
        Assert.Equal((2, 3), (records[1][1].Line, records[1][1].Column));
        Assert.Equal(4, records[2][0].Line);
        Assert.Equal(["2", "x", ""], records[2].Select(f => f.Value));
        Assert.Equal(3, records[2][1].Column);
    }

    [Fact]
    public void Parse_BlankLines_AreSkipped()
    {
        var records = CsvText.Parse("a,b\n\n1,2\n\n", "f.csv").Value;

        Assert.Equal(2, records.Length);
        Assert.Equal(3, records[1][0].Line);
    }

    [Fact]
    public void Parse_UnclosedQuote_IsAnErrorAtTheQuote()
    {
        var parsed = CsvText.Parse("a,b\n1,\"open\n", "f.csv");

        var error = Assert.Single(parsed.Errors);
        Assert.Equal((2, 3), (error.Line, error.Column));
    }
}

/// <summary>The streaming reader: records come out one at a time, so a file is never held whole in memory.</summary>
public class CsvReaderTests
{
    // An endless CSV: a header, then the same row for ever.
    sealed class EndlessCsv : TextReader
    {
        long _at;
        const string Header = "period,metric,value\n", Row = "Q1,leads,100\n";

        public override int Read(char[] buffer, int index, int count)
        {
            for (var i = 0; i < count; i++, _at++)
                buffer[index + i] = _at < Header.Length ? Header[(int)_at] : Row[(int)((_at - Header.Length) % Row.Length)];
            return count;
        }
    }

    [Fact]
    public void Records_AnEndlessFile_HandsOutItsFirstRecordsWithoutReadingTheRest()
    {
        var first = new CsvReader(new EndlessCsv(), "endless.csv").Records().Take(3).ToList();

        Assert.Equal(["period", "metric", "value"], first[0].Select(f => f.Value));
        Assert.Equal(["Q1", "leads", "100"], first[2].Select(f => f.Value));
        Assert.Equal(3, first[2][0].Line);
    }

    [Fact]
    public void Records_ANulByteHalfway_StopsWithTheBinaryFileError()
    {
        var reader = new CsvReader(new StringReader("a,b\n1,2\n3,\0\n5,6\n"), "f.csv");

        var records = reader.Records().ToList();

        Assert.Equal(2, records.Count);
        Assert.Contains("binary file", reader.Error!.Message.In(Numbers.Language.En));
    }

    [Fact]
    public void ReadFile_BytesThatAreNotUtf8AfterAGoodStart_AreRefusedAsNotUtf8()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ippon-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, [.. "period,metric,value\nQ1,leads,100\n"u8, 0xFF, 0xFE, (byte)'\n']);
        try
        {
            var r = ActualsReader.ReadFile(path, PlanReader.ReadFile(Seed.Path).Plan!);

            Assert.False(r.Success);
            Assert.Contains("not UTF-8", r.Errors[0].Message.In(Numbers.Language.En));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
