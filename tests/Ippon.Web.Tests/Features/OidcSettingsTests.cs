using Ippon.Storage.Accounts;
using Ippon.Web.Features.Accounts;
using Microsoft.Extensions.Configuration;

namespace Ippon.Web.Tests.Features;

/// <summary>The single sign-on settings a deployment writes, and the id_token signature rule, without a provider.</summary>
public sealed class OidcSettingsTests
{
    static IConfiguration Config(string authority, string? role = null, string? department = null, string? clientId = "ippon") =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ippon:Oidc:Authority"] = authority,
            ["Ippon:Oidc:ClientId"] = clientId,
            ["Ippon:Oidc:DefaultRole"] = role,
            ["Ippon:Oidc:DefaultDepartment"] = department,
        }).Build();

    [Theory]
    [InlineData("https://login.example.co.jp/realms/ippon")]
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("http://localhost:8080/realms/dev")]
    [InlineData("http://[::1]:8080")]
    public void Problem_HttpsOrALoopbackProvider_IsAccepted(string authority) => Assert.Null(Oidc.Problem(Config(authority)));

    [Theory]
    [InlineData("http://login.example.co.jp")]
    [InlineData("http://localhost.example.com")] // starts like localhost, is not
    [InlineData("http://127.0.0.1.example.com")]
    [InlineData("ftp://127.0.0.1")]
    [InlineData("login.example.co.jp")]
    public void Problem_PlainHttpToAnotherMachineOrNoAddress_IsRefused(string authority) => Assert.NotNull(Oidc.Problem(Config(authority)));

    [Fact]
    public void Problem_EditorByDefaultWithoutADepartment_IsRefused()
    {
        Assert.Contains("DefaultDepartment", Oidc.Problem(Config("https://idp.example", "editor")), StringComparison.Ordinal);
        Assert.Null(Oidc.Problem(Config("https://idp.example", "editor", "営業部")));
        Assert.Contains("DefaultRole", Oidc.Problem(Config("https://idp.example", "owner")), StringComparison.Ordinal);
        Assert.Contains("ClientId", Oidc.Problem(Config("https://idp.example", clientId: null)), StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_ViewerUnlessConfigured_DepartmentOnlyForAnEditor()
    {
        Assert.Equal((AccountRole.Viewer, (string?)null), Oidc.Defaults(Config("https://idp.example")));
        Assert.Equal((AccountRole.Editor, "営業部"), Oidc.Defaults(Config("https://idp.example", "Editor", " 営業部 ")));
        Assert.Equal((AccountRole.Planner, (string?)null), Oidc.Defaults(Config("https://idp.example", "planner", "営業部")));
    }

    [Theory]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.e30.c2ln", true)] // {"alg":"RS256"}
    [InlineData("eyJhbGciOiJub25lIn0.e30.", false)] // {"alg":"none"}, no signature
    [InlineData("eyJhbGciOiJub25lIn0.e30.c2ln", false)] // {"alg":"none"} with bytes where a signature would be
    [InlineData("eyJ0eXAiOiJKV1QifQ.e30.c2ln", false)] // no alg
    [InlineData("not a token", false)]
    [InlineData("%%%.e30.c2ln", false)]
    [InlineData(null, false)]
    public void Signed_OnlyATokenNamingAnAlgorithmAndCarryingASignature(string? jwt, bool expected) => Assert.Equal(expected, Oidc.Signed(jwt));
}
