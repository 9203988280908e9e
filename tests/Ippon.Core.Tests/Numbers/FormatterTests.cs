using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Tests.Numbers;

public class FormatterTests
{
    [Theory]
    [InlineData("100000000", "1億円")]
    [InlineData("40000000", "4,000万円")]
    [InlineData("120000000", "1億2,000万円")]
    [InlineData("13405000", "1,340万5,000円")]
    [InlineData("2000000", "200万円")]
    [InlineData("12000", "1万2,000円")]
    [InlineData("999", "999円")]
    [InlineData("0", "0円")]
    [InlineData("0.4", "0円")]
    [InlineData("1.5", "2円")]
    [InlineData("-2000000", "-200万円")]
    [InlineData("1000000000000", "1兆円")]
    [InlineData("1234567890123", "1兆2,345億6,789万123円")]
    public void Yen_Amount_IsWrittenInOkuAndMan(string value, string expected)
    {
        Assert.Equal(expected, Formatter.Yen(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("100000000", "JPY", "100,000,000 JPY")]
    [InlineData("40000000", "JPY", "40,000,000 JPY")]
    [InlineData("1999.6", "JPY", "2,000 JPY")]
    [InlineData("1200", "USD", "1,200 USD")]
    [InlineData("12.5", "USD", "12.50 USD")]
    public void Money_English_IsDigitsWithTheCurrencyCode(string value, string currency, string expected)
    {
        Assert.Equal(expected, Formatter.Money(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), currency, Language.En));
    }

    [Fact]
    public void Money_JapaneseDollars_StayInDigits()
    {
        Assert.Equal("1,200 USD", Formatter.Money(1200m, "USD", Language.Ja));
    }

    [Theory]
    [InlineData("0.2", "20%")]
    [InlineData("0.155", "15.5%")]
    [InlineData("0.15", "15%")]
    [InlineData("1", "100%")]
    [InlineData("1.008", "100.8%")]
    [InlineData("0.69444444", "69.44%")]
    [InlineData("0.33333333333333333333333333", "33.33%")]
    [InlineData("-0.05", "-5%")]
    public void Percent_Ratio_IsAPercentageWithAtMostTwoDecimals(string ratio, string expected)
    {
        Assert.Equal(expected, Formatter.Percent(decimal.Parse(ratio, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("1340", "1,340")]
    [InlineData("133.333", "133.33")]
    [InlineData("20.5", "20.5")]
    [InlineData("10000", "10,000")]
    [InlineData("0.05", "0.05")]
    public void Plain_Number_HasSeparatorsAndAtMostTwoDecimals(string value, string expected)
    {
        Assert.Equal(expected, Formatter.Plain(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("count", Language.Ja, "20件")]
    [InlineData("count", Language.En, "20")]
    [InlineData("回", Language.Ja, "20回")]
    [InlineData("回", Language.En, "20 times")]
    [InlineData("本", Language.Ja, "20本")]
    [InlineData("本", Language.En, "20")]
    [InlineData("人", Language.En, "20 people")]
    [InlineData("社", Language.En, "20 companies")]
    [InlineData("visits", Language.En, "20 visits")]
    [InlineData("number", Language.Ja, "20")]
    [InlineData("ratio", Language.Ja, "2,000%")]
    [InlineData("JPY", Language.Ja, "20円")]
    [InlineData("JPY", Language.En, "20 JPY")]
    public void Format_Unit_WritesTheNumberTheWayTheLanguageSaysIt(string unit, Language language, string expected)
    {
        Assert.Equal(expected, Formatter.Format(20m, Unit.Parse(unit), language));
    }

    [Fact]
    public void Format_NoValue_IsADash()
    {
        Assert.Equal("—", Formatter.Format(null, Unit.Count, Language.Ja));
    }

    [Fact]
    public void Format_SeedNumbers_ReadAsInTheMethod()
    {
        Assert.Equal("1億円", Formatter.Format(100_000_000m, Unit.Currency("JPY"), Language.Ja));
        Assert.Equal("4,000万円", Formatter.Format(40_000_000m, Unit.Currency("JPY"), Language.Ja));
        Assert.Equal("20件", Formatter.Format(20m, Unit.Count, Language.Ja));
        Assert.Equal("20%", Formatter.Format(0.2m, Unit.Ratio, Language.Ja));
        Assert.Equal("100,000,000 JPY", Formatter.Format(100_000_000m, Unit.Currency("JPY"), Language.En));
    }
}
