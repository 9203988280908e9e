using System.Security.Claims;
using Ippon.Storage;
using Ippon.Storage.Accounts;
using Ippon.Storage.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;

namespace Ippon.Web.Features.Accounts;

/// <summary>
/// Optional single sign-on with an OpenID Connect provider, by configuration only (<c>Ippon:Oidc:Authority</c>,
/// <c>ClientId</c>, <c>ClientSecret</c>; <c>DisplayName</c>, <c>DefaultRole</c>, <c>DefaultDepartment</c>). The first
/// sign-in of a person creates a local account linked to the provider's subject, with the default role (viewer
/// unless configured); an admin raises it. Code flow with PKCE; the code comes back in the query (a top-level
/// navigation, so the correlation and nonce cookies can be SameSite=Lax); the id_token is validated by the handler
/// (signature against the provider's published keys, issuer, audience, lifetime, nonce).
/// </summary>
public static partial class Oidc
{
    public const string Scheme = "oidc";

    /// <summary>Where a refused single sign-on lands: the sign-in form with a message.</summary>
    public const string FailedPath = "/login?error=sso";

    public static bool Enabled(IConfiguration config) => !string.IsNullOrWhiteSpace(config?["Ippon:Oidc:Authority"]);

    public static string DisplayName(IConfiguration config) => config?["Ippon:Oidc:DisplayName"] is { Length: > 0 } n ? n : "OpenID Connect";

    /// <summary>
    /// What is wrong with the configuration, or null. The provider must be HTTPS; plain HTTP is accepted only for a
    /// provider on this machine (localhost, 127.0.0.0/8, ::1: a development or test provider), where nothing crosses
    /// the network. An editor by default needs the department.
    /// </summary>
    internal static string? Problem(IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (!Enabled(config)) return null;
        if (!Uri.TryCreate(config["Ippon:Oidc:Authority"], UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
            return $"Ippon:Oidc:Authority '{config["Ippon:Oidc:Authority"]}' is not an https:// address";
        if (authority.Scheme == "http" && !authority.IsLoopback)
            return $"Ippon:Oidc:Authority '{authority}' must be https:// (plain http is accepted only for a provider on this machine: localhost, 127.0.0.1, ::1)";
        if (string.IsNullOrWhiteSpace(config["Ippon:Oidc:ClientId"])) return "Ippon:Oidc:ClientId is missing";
        var roleText = config["Ippon:Oidc:DefaultRole"];
        var role = string.IsNullOrWhiteSpace(roleText) ? AccountRole.Viewer : ManageAccounts.Role(roleText);
        if (role is null) return $"Ippon:Oidc:DefaultRole '{roleText}' is not admin, planner, editor or viewer";
        if (role == AccountRole.Editor && string.IsNullOrWhiteSpace(config["Ippon:Oidc:DefaultDepartment"]))
            return "Ippon:Oidc:DefaultRole editor needs Ippon:Oidc:DefaultDepartment (the department, as in the metrics' owner)";
        return null;
    }

    /// <summary>The role (and department) of an account the first single sign-on creates.</summary>
    internal static (AccountRole Role, string? Department) Defaults(IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var role = ManageAccounts.Role(config["Ippon:Oidc:DefaultRole"]) ?? AccountRole.Viewer;
        var department = config["Ippon:Oidc:DefaultDepartment"] is { Length: > 0 } d && !string.IsNullOrWhiteSpace(d) ? d.Trim() : null;
        return (role, role == AccountRole.Editor ? department : null);
    }

    public static void Add(AuthenticationBuilder authentication, IConfiguration config, CookieSecurePolicy secure)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        if (!Enabled(config)) return;
        if (Problem(config) is { } problem) throw new InvalidOperationException("single sign-on is misconfigured: " + problem);
        authentication.AddOpenIdConnect(Scheme, DisplayName(config), o =>
        {
            o.Authority = config["Ippon:Oidc:Authority"]!.TrimEnd('/');
            o.ClientId = config["Ippon:Oidc:ClientId"];
            o.ClientSecret = config["Ippon:Oidc:ClientSecret"];
            o.ResponseType = "code";
            // The default (form_post) brings the code back in a cross-site POST, which carries the correlation and
            // nonce cookies only as SameSite=None; Secure, i.e. never over plain HTTP. In the query it is a top-level
            // navigation: SameSite=Lax cookies come along, on HTTPS and on a loopback test provider alike.
            o.ResponseMode = "query";
            o.UsePkce = true;
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.CallbackPath = "/signin-oidc";
            o.MapInboundClaims = false;
            o.SaveTokens = false;
            o.GetClaimsFromUserInfoEndpoint = false;
            o.Scope.Clear();
            o.Scope.Add("openid");
            o.Scope.Add("profile");
            o.Scope.Add("email");
            o.RequireHttpsMetadata = !new Uri(o.Authority).IsLoopback;
            o.CorrelationCookie.SameSite = SameSiteMode.Lax;
            o.CorrelationCookie.SecurePolicy = secure;
            o.NonceCookie.SameSite = SameSiteMode.Lax;
            o.NonceCookie.SecurePolicy = secure;
            o.Events.OnTokenValidated = RequireSignature;
            o.Events.OnRemoteFailure = RefusedAsync;
        });
    }

    // The handler does not require a signature on an id_token that comes straight from the token endpoint (OpenID
    // Connect Core 3.1.3.7 lets TLS stand in for it), so an "alg": "none" token would pass; Ippon insists on a token
    // signed with one of the provider's published keys (a tampered or wrongly signed one already fails the handler).
    static Task RequireSignature(TokenValidatedContext context)
    {
        if (!Signed(context.TokenEndpointResponse?.IdToken ?? context.ProtocolMessage?.IdToken)) context.Fail("the id_token is not signed");
        return Task.CompletedTask;
    }

    /// <summary>Whether a compact JWT names a signing algorithm (not "none") and carries a signature.</summary>
    internal static bool Signed(string? jwt)
    {
        var parts = jwt?.Split('.');
        if (parts is not { Length: 3 } || parts[2].Length == 0) return false;
        try
        {
            using var header = System.Text.Json.JsonDocument.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(parts[0]));
            return header.RootElement.TryGetProperty("alg", out var alg) && alg.GetString() is { Length: > 0 } a && !a.Equals("none", StringComparison.OrdinalIgnoreCase);
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
        {
            return false;
        }
    }

    // A refused answer (a bad signature, issuer, audience, nonce or lifetime; a lost correlation cookie; the person
    // declined at the provider): back to the sign-in form with a message, the reason in the log; never a 500.
    static Task RefusedAsync(RemoteFailureContext context)
    {
        var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Oidc));
        Log.Refused(logger, context.Failure?.Message ?? "unknown");
        context.Response.Redirect(FailedPath);
        context.HandleResponse();
        return Task.CompletedTask;
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/login/oidc", (string? returnUrl, IConfiguration config) => Enabled(config)
                ? Results.Challenge(new AuthenticationProperties { RedirectUri = "/login/oidc/done?returnUrl=" + Uri.EscapeDataString(SignInPages.LocalPath(returnUrl)) }, [Scheme])
                : Results.NotFound())
            .AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/login/oidc/done", DoneAsync).AllowAnonymous().ExcludeFromDescription();
    }

    static async Task<IResult> DoneAsync(string? returnUrl, HttpContext http, SignInManager<IpponUser> signIn, IpponDb db, IConfiguration config, TimeProvider time)
    {
        var external = await http.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await http.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded || external.Principal is not { } principal) return Results.LocalRedirect("/login");
        var subject = principal.FindFirstValue("sub");
        if (string.IsNullOrEmpty(subject)) return Results.LocalRedirect(FailedPath);
        var users = signIn.UserManager;
        var user = await users.FindByLoginAsync(Scheme, subject);
        if (user is null)
        {
            // Never linked to a local account by name or e-mail: a provider naming "admin" gets an account of its own.
            var name = principal.FindFirstValue("preferred_username") ?? principal.FindFirstValue("email") ?? subject;
            if (await users.FindByNameAsync(name) is not null) name = $"{name} ({Scheme}:{subject})";
            var (role, department) = Defaults(config);
            user = new IpponUser { UserName = name, Email = principal.FindFirstValue("email"), Role = role, Department = department, CreatedAt = time.GetUtcNow().UtcDateTime };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded) return Results.LocalRedirect(FailedPath);
            var linked = await users.AddLoginAsync(user, new UserLoginInfo(Scheme, subject, DisplayName(config)));
            if (!linked.Succeeded)
            {
                await users.DeleteAsync(user);
                return Results.LocalRedirect(FailedPath);
            }
            db.AuditEntries.Add(new AuditEntry(null, null, time.GetUtcNow().UtcDateTime, DisplayName(config), "account", name, "created", null,
                Caller.RoleName(role) + (department is null ? "" : " / " + department) + $" (single sign-on {subject})", null));
            await db.SaveChangesAsync();
        }
        // A locked account stays out, whichever way it signs in.
        if (await users.IsLockedOutAsync(user)) return Results.LocalRedirect("/login?error=locked");
        await signIn.SignInAsync(user, isPersistent: false, Scheme);
        return Results.LocalRedirect(SignInPages.LocalPath(returnUrl));
    }

    static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Single sign-on refused: {Reason}")]
        public static partial void Refused(ILogger logger, string reason);
    }
}
