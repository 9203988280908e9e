using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Tests;

/// <summary>The one id rule (issue 10, item 11; issue 12): letters of any script, and the length limit every entry point shares.</summary>
public class IdsTests
{
    [Theory]
    [InlineData("leads")]
    [InlineData("win_rate_2")]
    [InlineData("a")]
    [InlineData("_draft")]
    [InlineData("Revenue")]
    [InlineData("リード")]
    [InlineData("商談数")]
    [InlineData("定期売上_2027")]
    [InlineData("𠮷野家の売上")]
    public void IsValid_IdsFormulasCanName(string id) => Assert.True(Ids.IsValid(id));

    [Theory]
    [InlineData("")]
    [InlineData("2leads")]
    [InlineData("win-rate")]
    [InlineData("新規 受注数")]
    [InlineData("商談・受注")]
    [InlineData("ｏｒｄｅｒｓ")]
    [InlineData("a.b")]
    public void IsValid_OtherText_IsRefused(string id)
    {
        Assert.False(Ids.IsValid(id));
        if (id.Length > 0) Assert.Contains("must start with a letter (any script) or _ and use only letters, digits and _", Ids.Problem(id)!.In(Language.En));
    }

    [Fact]
    public void Problem_AtTheLimit_IsNoneAndOneMoreIsTooLong()
    {
        Assert.Null(Ids.Problem(new string('a', Ids.MaxLength)));

        var problem = Ids.Problem(new string('a', Ids.MaxLength + 1), "指標", "metric")!;

        Assert.Contains($"metric id 'aaaa", problem.In(Language.En));
        Assert.Contains($"is too long (65 characters); at most {Ids.MaxLength}", problem.In(Language.En));
        Assert.Contains("長すぎます", problem.In(Language.Ja));
    }

    [Fact]
    public void Problem_OfAMegabyteId_EchoesAShortPrefix()
    {
        Assert.True(Ids.Problem(new string('a', 1_000_000))!.In(Language.En).Length < 200);
    }
}
