using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ippon.Web.Tests.Security;

/// <summary>Every endpoint the app maps, as "METHOD /pattern" (pages as "PAGE /pattern"), from its endpoint data source.</summary>
public static class EndpointList
{
    public static List<string> Of(IServiceProvider services)
    {
        var source = services.GetRequiredService<EndpointDataSource>();
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
            if (IsStaticFile(pattern, endpoint)) continue;
            if (endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is not null)
            {
                keys.Add("PAGE " + pattern);
                continue;
            }
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"];
            foreach (var m in methods) keys.Add($"{m} {pattern}");
        }
        return [.. keys];
    }

    // The static files (scripts, styles, fonts of the app and its packages) are public by design; everything else is listed.
    static bool IsStaticFile(string pattern, RouteEndpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor");
}
