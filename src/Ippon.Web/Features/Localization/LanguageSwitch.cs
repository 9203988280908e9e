using Ippon.Web.Features.Shared;

namespace Ippon.Web.Features.Localization;

/// <summary><c>/language/en?return=/plans/…</c>: remembers the UI language in a cookie and goes back to the page.</summary>
public static class LanguageSwitch
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/language/{code}", (string code, string? @return, HttpContext http) =>
            {
                if (RequestLanguage.Parse(code) is { } language)
                {
                    http.Response.Cookies.Append(RequestLanguage.Cookie, RequestLanguage.Code(language), new CookieOptions
                    {
                        Path = "/",
                        MaxAge = TimeSpan.FromDays(365),
                        SameSite = SameSiteMode.Lax,
                        IsEssential = true,
                    });
                }
                return TypedResults.LocalRedirect(LocalReturn.Path(@return));
            })
            .AllowAnonymous().ExcludeFromDescription();
}
