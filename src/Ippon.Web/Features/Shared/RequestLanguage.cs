using Ippon.Numbers;

namespace Ippon.Web.Features.Shared;

/// <summary>The language of a request: <c>?lang=</c>, else the UI's cookie, else (API only) Accept-Language; Japanese by default.</summary>
public static class RequestLanguage
{
    /// <summary>The cookie the language switch sets.</summary>
    public const string Cookie = "ippon-lang";

    /// <param name="http">The request.</param>
    /// <param name="acceptLanguage">Whether Accept-Language counts: yes for API clients; no for the pages, which are Japanese until switched.</param>
    public static Language Of(HttpContext http, bool acceptLanguage = true)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (Parse(http.Request.Query["lang"]) is { } q) return q;
        if (Parse(http.Request.Cookies[Cookie]) is { } c) return c;
        if (!acceptLanguage) return Language.Ja;
        var accept = http.Request.Headers.AcceptLanguage.ToString();
        return accept.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.En : Language.Ja;
    }

    /// <summary>"ja" or "en" (any case), else null.</summary>
    public static Language? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "ja" => Language.Ja,
        "en" => Language.En,
        _ => null,
    };

    /// <summary>The code of <paramref name="language"/>: ja or en.</summary>
    public static string Code(Language language) => language.T("ja", "en");
}
