using System.Globalization;
using Ippon.Numbers;
using Ippon.Web.Features.Shared;

namespace Ippon.Web.Features.Conventions;

/// <summary>
/// What a user chose for reading the page: display rounding (万円 or 千円, whole percents or one decimal) and the time
/// zone times are shown in (Japan's by default). Kept per browser in cookies and changed with <c>/display?…</c>; it
/// changes what is shown, never a number stored, exported or sent by the API.
/// </summary>
public sealed record DisplaySettings(DisplayRounding Rounding, TimeZoneInfo Zone)
{
    /// <summary>The cookie of the rounding (<see cref="DisplayRounding.Code"/>).</summary>
    public const string RoundingCookie = "ippon-display";

    /// <summary>The cookie of the time zone (an IANA id such as Asia/Tokyo).</summary>
    public const string ZoneCookie = "ippon-tz";

    /// <summary>Japan Standard Time: the users' zone, whatever the server's or the browser's clock says.</summary>
    public static TimeZoneInfo Japan { get; } = FindZone("Asia/Tokyo") ?? TimeZoneInfo.CreateCustomTimeZone("Asia/Tokyo", TimeSpan.FromHours(9), "JST", "JST");

    /// <summary>万円, whole percents, JST.</summary>
    public static DisplaySettings Default { get; } = new(DisplayRounding.Default, Japan);

    /// <summary>The settings of a request's cookies; unknown or missing values are the defaults.</summary>
    public static DisplaySettings Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return new(DisplayRounding.Parse(http.Request.Cookies[RoundingCookie]), FindZone(http.Request.Cookies[ZoneCookie]) ?? Japan);
    }

    /// <summary>The zone with IANA id <paramref name="id"/>, or null when the id is missing or unknown (a cookie is user input).</summary>
    public static TimeZoneInfo? FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64) return null;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;
    }

    /// <summary>A UTC time (as stored) in the user's zone, minutes precision: 2026-12-06 09:18.</summary>
    public string Time(DateTime utc)
    {
        var asUtc = utc.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(utc, DateTimeKind.Utc) : utc.ToUniversalTime();
        return TimeZoneInfo.ConvertTimeFromUtc(asUtc, Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>The zone as a short name for a column header: JST for Japan, else its id (Europe/Paris) or UTC.</summary>
    public string ZoneName => Zone.Id is "Asia/Tokyo" or "Tokyo Standard Time" ? "JST" : Zone.Id is "Etc/UTC" or "UTC" ? "UTC" : Zone.Id;

    /// <summary><c>/display?rounding=sen-0&amp;tz=Europe/Paris&amp;return=/plans/…</c>: stores the choice and goes back to the page.</summary>
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/display", (string? rounding, string? tz, string? @return, HttpContext http) =>
            {
                var options = new CookieOptions { Path = "/", MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, IsEssential = true };
                if (rounding is not null) http.Response.Cookies.Append(RoundingCookie, DisplayRounding.Parse(rounding).Code, options);
                if (tz is not null && FindZone(tz) is { } zone) http.Response.Cookies.Append(ZoneCookie, zone.Id, options);
                return TypedResults.LocalRedirect(LocalReturn.Path(@return));
            })
            .AllowAnonymous().ExcludeFromDescription();
}
