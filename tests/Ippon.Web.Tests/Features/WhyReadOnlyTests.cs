using Ippon.Storage.Accounts;
using Ippon.Web.Features.Accounts;

namespace Ippon.Web.Tests.Features;

/// <summary>What the page shows read-only, and why: the same rule as the server's (<see cref="Caller.Owns"/>).</summary>
public sealed class WhyReadOnlyTests
{
    static readonly Caller s_sales = new("sato", AccountRole.Editor, "営業部");

    [Theory]
    [InlineData("営業部")]
    [InlineData(" 営業部 ")]
    public void WhyReadOnly_EditorOnTheirOwnDepartment_IsNull(string owner) => Assert.Null(s_sales.WhyReadOnly(owner));

    [Fact]
    public void WhyReadOnly_EditorOnAnotherDepartment_NamesBothDepartments()
    {
        var why = s_sales.WhyReadOnly("マーケティング部")!;
        Assert.Equal("閲覧のみ: マーケティング部 の担当です (あなたは 営業部 の編集者です)", why.In(Ippon.Numbers.Language.Ja));
        Assert.Equal("read only: owned by マーケティング部 (you edit for 営業部)", why.In(Ippon.Numbers.Language.En));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void WhyReadOnly_EditorOnAnItemWithoutOwner_SaysPlannersChangeIt(string? owner) =>
        Assert.Contains("planners change it", s_sales.WhyReadOnly(owner)!.ToString(), StringComparison.Ordinal);

    [Fact]
    public void WhyReadOnly_ViewerAndAnonymous_ReadOnlyEverywhere_PlannerAndAdminNowhere()
    {
        Assert.Contains("viewer", new Caller("v", AccountRole.Viewer, null).WhyReadOnly("営業部")!.ToString(), StringComparison.Ordinal);
        Assert.NotNull(Caller.Nobody.WhyReadOnly("営業部"));
        Assert.Null(new Caller("p", AccountRole.Planner, null).WhyReadOnly(null));
        Assert.Null(new Caller("a", AccountRole.Admin, null).WhyReadOnly("マーケティング部"));
    }

    [Theory]
    [InlineData(AccountRole.Viewer, null, "営業部")]
    [InlineData(AccountRole.Editor, "営業部", "営業部")]
    [InlineData(AccountRole.Editor, "営業部", "マーケティング部")]
    [InlineData(AccountRole.Editor, "営業部", null)]
    [InlineData(AccountRole.Planner, null, "CS")]
    public void WhyReadOnly_IsNullExactlyWhenTheServerLetsTheCallerChangeIt(AccountRole role, string? department, string? owner)
    {
        var caller = new Caller("x", role, department);
        Assert.Equal(caller.Owns(owner), caller.WhyReadOnly(owner) is null);
    }
}
