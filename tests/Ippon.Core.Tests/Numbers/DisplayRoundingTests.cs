using System.Globalization;
using CsCheck;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Tests.Numbers;

public class DisplayRoundingTests
{
    static readonly DisplayRounding s_man = DisplayRounding.Default;
    static readonly DisplayRounding s_sen = new(MoneyStep.Sen, 0);
    static readonly DisplayRounding s_oneDecimal = new(MoneyStep.Man, 1);
    static readonly Unit s_yen = Unit.Currency("JPY");

    static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("96036000", "9,604万円")]          // the 9,603万6,000円
    [InlineData("100000000", "1億円")]
    [InlineData("60000000", "6,000万円")]
    [InlineData("6048000", "605万円")]
    [InlineData("13405000", "1,341万円")]
    [InlineData("12000", "1万2,000円")]            // a unit price keeps three significant digits, not 1万円
    [InlineData("12345", "1万2,300円")]
    [InlineData("980", "980円")]
    [InlineData("0", "0円")]
    [InlineData("-96036000", "-9,604万円")]
    public void Yen_ToTheMan_KeepsThreeSignificantDigits(string value, string expected)
    {
        Assert.Equal(expected, s_man.Format(D(value), s_yen, Language.Ja));
    }

    [Theory]
    [InlineData("96036000", "96,036千円")]
    [InlineData("100000000", "100,000千円")]
    [InlineData("12345", "1万2,300円")]
    public void Yen_ToTheSen_IsWrittenInThousands(string value, string expected)
    {
        Assert.Equal(expected, s_sen.Format(D(value), s_yen, Language.Ja));
    }

    [Theory]
    [InlineData("96036000", "96,040,000 JPY")]
    [InlineData("12345", "12,300 JPY")]
    public void Yen_InEnglish_IsRoundedTheSameWayInFullDigits(string value, string expected)
    {
        Assert.Equal(expected, s_man.Format(D(value), s_yen, Language.En));
    }

    [Theory]
    [InlineData("0.8397", "84%")]                  // the 83.97%
    [InlineData("0.01", "1%")]                     // the 1% shown as 0.01
    [InlineData("0.15", "15%")]
    [InlineData("0.6944", "69%")]
    [InlineData("0.015", "1.5%")]                  // a CVR of 1.5% is not 2%
    [InlineData("0.0035", "0.35%")]
    [InlineData("1.2", "120%")]
    [InlineData("0", "0%")]
    public void Percent_Whole_KeepsTwoSignificantDigitsBelowTen(string value, string expected)
    {
        Assert.Equal(expected, s_man.Format(D(value), Unit.Ratio, Language.Ja));
    }

    [Theory]
    [InlineData("0.8397", "84%")]
    [InlineData("0.8394", "83.9%")]
    [InlineData("0.6944", "69.4%")]
    public void Percent_OneDecimal_KeepsOneDecimal(string value, string expected)
    {
        Assert.Equal(expected, s_oneDecimal.Format(D(value), Unit.Ratio, Language.En));
    }

    [Theory]
    [InlineData("20.02", "20件")]                   // the 20.02件
    [InlineData("1340", "1,340件")]
    [InlineData("133.33", "133件")]
    [InlineData("1.5", "1.5件")]
    public void Count_IsWholeAboveTen(string value, string expected)
    {
        Assert.Equal(expected, s_man.Format(D(value), Unit.Count, Language.Ja));
    }

    [Theory]
    [InlineData("0.05", "0.05")]                    // the "1人1日 0" for SEO
    [InlineData("0.0525", "0.053")]
    [InlineData("4.4625", "4.5")]
    [InlineData("41.67", "42")]
    public void Pace_ShowsSignificantDigitsForSmallLoads(string value, string expected)
    {
        Assert.Equal(expected, s_man.Plain(D(value)));
    }

    [Fact]
    public void Word_Unit_KeepsItsWord()
    {
        Assert.Equal("1,340本", s_man.Format(1340.4m, Unit.Word("本"), Language.Ja));
        Assert.Equal("3 people", s_man.Format(3m, Unit.Word("人"), Language.En));
    }

    [Fact]
    public void Setting_Code_RoundTripsAndUnknownCodesAreTheDefault()
    {
        foreach (var r in new[] { s_man, s_sen, s_oneDecimal, new DisplayRounding(MoneyStep.Sen, 1) })
            Assert.Equal(r, DisplayRounding.Parse(r.Code));
        Assert.Equal(DisplayRounding.Default, DisplayRounding.Parse("<script>"));
        Assert.Equal(DisplayRounding.Default, DisplayRounding.Parse(null));
    }

    static readonly Gen<decimal> s_values = Gen.OneOf(
        Gen.Long[-10_000_000_000_000, 10_000_000_000_000].Select(n => (decimal)n),
        Gen.Long[-100_000_000, 100_000_000].Select(n => n / 10_000m),
        Gen.Int[0, 1_000_000].Select(n => n / 1_000_000m));

    static readonly Gen<Unit> s_units = Gen.OneOf(s_yen, Unit.Ratio, Unit.Count, Unit.Number, Unit.Word("本"), Unit.Currency("USD"));

    static readonly Gen<DisplayRounding> s_settings = Gen.OneOf(s_man, s_sen, s_oneDecimal, new DisplayRounding(MoneyStep.Sen, 1));

    [Fact]
    public void Rounding_IsWithinHalfAStepOfTheExactValue_AndLeavesTheValueAlone()
    {
        Gen.Select(s_values, s_units, s_settings).Sample((value, unit, setting) =>
        {
            var before = value;
            var step = setting.Step(value, unit)!.Value;
            var shown = setting.Round(value, unit);
            Assert.Equal(before, value);                               // decimal is a value: nothing written back
            Assert.True(Math.Abs(shown - value) <= step / 2, $"{value} {unit} shown {shown} step {step}");
            Assert.Equal(0m, shown % step);
        });
    }

    [Fact]
    public void Text_ReadsBackAsTheRoundedValue()
    {
        // What the page shows, read as a person types it (NumberText), is the rounded number: the text and Round agree.
        Gen.Select(s_values, Gen.OneOf(s_yen, Unit.Ratio, Unit.Count, Unit.Number), Gen.OneOf(s_man, s_oneDecimal), Gen.OneOf(Language.Ja, Language.En))
            .Sample((value, unit, setting, language) =>
            {
                var text = setting.Format(value, unit, language);
                Assert.True(NumberText.TryParse(text, out var read), text);
                Assert.Equal(setting.Round(value, unit), read);
            });
    }

    [Fact]
    public void Rounding_IsNoCoarserThanTheSetting()
    {
        Gen.Select(s_values, s_units, s_settings).Sample((value, unit, setting) =>
        {
            var step = setting.Step(value, unit)!.Value;
            var limit = unit.Kind switch
            {
                UnitKind.Currency when unit.Text == "JPY" => setting.Money == MoneyStep.Sen ? 1_000m : 10_000m,
                UnitKind.Currency => 1m,
                UnitKind.Ratio => setting.PercentDecimals > 0 ? 0.001m : 0.01m,
                _ => 1m,
            };
            Assert.True(step <= limit, $"{value} {unit} step {step}");
        });
    }
}
