namespace Ippon.Web.Tests.Infrastructure;

/// <summary>The browser tests share one app process and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
