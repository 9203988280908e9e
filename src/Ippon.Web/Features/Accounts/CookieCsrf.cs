using Microsoft.AspNetCore.Antiforgery;

namespace Ippon.Web.Features.Accounts;

/// <summary>
/// CSRF on the API. A request signed in by the cookie that changes something must be JSON (a browser sends JSON
/// across sites only after a CORS preflight, which this app never allows) or carry the antiforgery token; forms and
/// uploads from another site are refused even where SameSite=Lax would already keep the cookie away. Bearer-token
/// requests carry no ambient credential and are exempt.
/// </summary>
public static class CookieCsrf
{
    public static IApplicationBuilder UseCookieCsrf(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var request = http.Request;
        if (request.Path.StartsWithSegments("/api")
            && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
            && !TokenAuthentication.HasBearer(request)
            && request.Cookies.ContainsKey("ippon-auth")
            && !(request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true))
        {
            var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
                await http.Response.WriteAsJsonAsync(new { title = "antiforgery token missing or invalid (send JSON, or the RequestVerificationToken header)", status = 400 });
                return;
            }
        }
        await next(http);
    });
}
