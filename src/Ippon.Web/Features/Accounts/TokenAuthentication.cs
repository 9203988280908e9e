using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Ippon.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ippon.Web.Features.Accounts;

/// <summary>
/// <c>Authorization: Bearer ippon_…</c>: an API token, looked up by the SHA-256 of its secret on every request (so a
/// revoked token stops working at once, on every instance). The principal has the token's role and department.
/// </summary>
public sealed class TokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IpponDb db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Name = "token";

    /// <summary>Every secret starts with this, so that leaked tokens are easy to find (and secret scanners can).</summary>
    public const string Prefix = "ippon_";

    /// <summary>The SHA-256 of a secret, lower-case hex: what the database keeps.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Whether a request carries a bearer token (it is then authenticated by this scheme only, never by a cookie).</summary>
    public static bool HasBearer(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Request)) return AuthenticateResult.NoResult();
        var secret = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > 200) return AuthenticateResult.Fail("not an Ippon token");
        var hash = Hash(secret);
        var token = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.Hash == hash && t.RevokedAt == null, Context.RequestAborted);
        if (token is null) return AuthenticateResult.Fail("unknown or revoked token");
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, token.Name),
            new Claim(Caller.RoleClaim, Caller.RoleName(token.Role)),
            new Claim("ippon:token", token.Id.ToString()),
            .. token.Department is { Length: > 0 } d ? [new Claim(Caller.DepartmentClaim, d)] : Array.Empty<Claim>(),
        ], Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
