namespace Ippon.Web.Features.Accounts;

/// <summary>Until the first-run admin replaces the printed one-time password, every page leads to the change form and the API refuses (403).</summary>
public static class PasswordChangeGate
{
    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var path = http.Request.Path;
        if (http.User.HasClaim(c => c.Type == IpponClaims.MustChangePassword)
            && !path.StartsWithSegments("/account") && !path.StartsWithSegments("/logout") && !path.StartsWithSegments("/login")
            && !path.StartsWithSegments("/language") && !path.StartsWithSegments("/_content") && !path.StartsWithSegments("/_framework")
            && !path.Value!.EndsWith(".css", StringComparison.Ordinal) && !path.Value.EndsWith(".svg", StringComparison.Ordinal))
        {
            if (path.StartsWithSegments("/api"))
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                await http.Response.WriteAsJsonAsync(new { title = "change the one-time password first (/account/password)", status = 403 });
                return;
            }
            http.Response.Redirect("/account/password");
            return;
        }
        await next(http);
    });
}
