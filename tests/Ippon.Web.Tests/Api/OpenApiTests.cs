using System.Text.Json;
using Ippon.Web.Tests.Infrastructure;

namespace Ippon.Web.Tests.Api;

/// <summary>The API describes itself (OpenAPI) and has a browsable reference page (Scalar).</summary>
public sealed class OpenApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly HttpClient _http = factory.Client();

    [Fact]
    public async Task Document_ListsEveryEndpointGroup()
    {
        using var doc = JsonDocument.Parse(await _http.GetStringAsync("/openapi/v1.json"));
        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/plans", paths);
        Assert.Contains("/api/plans/{id}/versions/compare", paths);
        Assert.Contains("/api/plans/{id}/versions/{version}/restore", paths);
        Assert.Contains("/api/plans/{id}/metrics/{metric}", paths);
        Assert.Contains("/api/plans/{id}/actuals/csv", paths);
        Assert.Contains("/api/calculate", paths);
        Assert.Contains("/api/plans/{id}/calculation", paths);
    }

    [Fact]
    public async Task Scalar_ServesTheReferencePage()
    {
        var html = await _http.GetStringAsync("/scalar/"); // the trailing slash: a redirect would drop the bearer token
        Assert.Contains("Ippon API", html, StringComparison.Ordinal);
    }
}
