using Ippon.Numbers;

namespace Ippon.Tests.Numbers;

/// <summary>The one grammar of a plan's dates, shared by the plan file's reader and the page's editors.</summary>
public class DateTextTests
{
    [Theory]
    [InlineData("2027-03-31")]
    [InlineData("2027/03/31")]
    [InlineData(" 2027-03-31 ")]
    [InlineData("２０２７／０３／３１")]
    public void TryParse_EitherForm_ReadsTheDay(string text)
    {
        Assert.True(DateText.TryParse(text, out var date));
        Assert.Equal(new DateOnly(2027, 3, 31), date);
    }

    [Theory]
    [InlineData("2027-3-31")]
    [InlineData("31/03/2027")]
    [InlineData("2027-02-30")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_AnythingElse_IsRefused(string? text)
    {
        Assert.False(DateText.TryParse(text, out _));
    }

    [Fact]
    public void Refusal_SaysTheFormInBothLanguages()
    {
        Assert.Equal("'3月末' は日付として読めません。YYYY-MM-DD で書いてください (例: 2027-03-31)", DateText.Refusal("3月末").In(Language.Ja));
        Assert.Equal("'3月末' is not a date; write YYYY-MM-DD (e.g. 2027-03-31)", DateText.Refusal("3月末").In(Language.En));
    }
}
