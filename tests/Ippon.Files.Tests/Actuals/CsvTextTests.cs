using Ippon.Files.Actuals;

namespace Ippon.Files.Tests.Actuals;

public class CsvTextTests
{
    [Fact]
    public void Parse_QuotedFieldsWithCommasQuotesAndLineBreaks_KeepsThemAndTheirPositions()
    {
        var (records, error) = CsvText.Parse("a,b,c\n1,\"1,200,000\",\"say \"\"hi\"\"\nthere\"\r\n2, x ,\n", "f.csv");

        Assert.Null(error);
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
        var (records, _) = CsvText.Parse("a,b\n\n1,2\n\n", "f.csv");

        Assert.Equal(2, records.Length);
        Assert.Equal(3, records[1][0].Line);
    }

    [Fact]
    public void Parse_UnclosedQuote_IsAnErrorAtTheQuote()
    {
        var (_, error) = CsvText.Parse("a,b\n1,\"open\n", "f.csv");

        Assert.NotNull(error);
        Assert.Equal((2, 3), (error.Line, error.Column));
    }
}
