using System.Text.Json;

namespace Ippon.Web.Tests.Infrastructure;

/// <summary>The API's JSON conventions: snake_case names.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}
