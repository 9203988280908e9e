namespace Ippon.Web.Features.Shared;

/// <summary>Who is saving: the signed-in user once accounts exist (issue 6); until then the name people type, remembered in a cookie (UI) or sent as <c>X-Ippon-Author</c> (API).</summary>
public static class Author
{
    /// <summary>The cookie the page remembers the name in.</summary>
    public const string Cookie = "ippon-author";

    /// <summary>The header API clients name themselves with.</summary>
    public const string Header = "X-Ippon-Author";

    /// <summary>The longest name kept.</summary>
    public const int MaxLength = 100;

    /// <summary>The author of an API request.</summary>
    public static string Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name }) return Clean(name);
        var header = http.Request.Headers[Header].ToString();
        if (header.Length > 0) return Clean(Uri.UnescapeDataString(header));
        return Clean(http.Request.Cookies[Cookie]);
    }

    /// <summary>A name trimmed to <see cref="MaxLength"/>, or "guest" when empty.</summary>
    public static string Clean(string? name)
    {
        var n = name?.Trim() ?? "";
        if (n.Length == 0) return "guest";
        return n.Length > MaxLength ? n[..MaxLength] : n;
    }
}
