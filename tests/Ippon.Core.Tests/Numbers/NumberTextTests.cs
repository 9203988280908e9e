using Ippon.Numbers;

namespace Ippon.Tests.Numbers;

public class NumberTextTests
{
    [Theory]
    [InlineData("1億2000万円", "120000000")]
    [InlineData("1億2,000万円", "120000000")]
    [InlineData("4,000万円", "40000000")]
    [InlineData("4000万", "40000000")]
    [InlineData("6000万円", "60000000")]
    [InlineData("200万円", "2000000")]
    [InlineData("1億", "100000000")]
    [InlineData("1兆", "1000000000000")]
    [InlineData("1億2000万5千", "120005000")]
    [InlineData("3千万", "30000000")]
    [InlineData("5千", "5000")]
    [InlineData("20%", "0.2")]
    [InlineData("1.5%", "0.015")]
    [InlineData("0.5%", "0.005")]
    [InlineData("100%", "1")]
    [InlineData("1_000", "1000")]
    [InlineData("1,340", "1340")]
    [InlineData("12000円", "12000")]
    [InlineData("12,000 JPY", "12000")]
    [InlineData("20件", "20")]
    [InlineData("4人", "4")]
    [InlineData("3時間", "3")]
    [InlineData("-5", "-5")]
    [InlineData("+7", "7")]
    [InlineData("0.1", "0.1")]
    [InlineData("1e3", "1000")]
    [InlineData("１億２０００万円", "120000000")]
    [InlineData("２０％", "0.2")]
    [InlineData("４，０００万円", "40000000")]
    [InlineData("  150  ", "150")]
    public void TryParse_JapaneseNotation_ReadsTheExactNumber(string text, string expected)
    {
        Assert.True(NumberText.TryParse(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc")]
    [InlineData("万")]
    [InlineData("円")]
    [InlineData("%")]
    [InlineData("1万2億")]
    [InlineData("1万2万")]
    [InlineData("20%%")]
    [InlineData("1.2.3")]
    [InlineData("12ドル")]
    [InlineData("99999999999999999999999999999兆")]
    [InlineData("1e999")]
    public void TryParse_NotANumber_ReturnsFalseWithoutThrowing(string? text)
    {
        Assert.False(NumberText.TryParse(text, out var value));
        Assert.Equal(0m, value);
    }

    [Fact]
    public void ParseOrNull_NotANumber_IsNull()
    {
        Assert.Null(NumberText.ParseOrNull("十"));
        Assert.Equal(0.2m, NumberText.ParseOrNull("20%"));
    }
}
