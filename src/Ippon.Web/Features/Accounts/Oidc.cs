using System.Security.Claims;
using Ippon.Storage.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Ippon.Web.Features.Accounts;

/// <summary>
/// Optional single sign-on with an OpenID Connect provider, by configuration only (<c>Ippon:Oidc:Authority</c>,
/// <c>ClientId</c>, <c>ClientSecret</c>; <c>DisplayName</c>, <c>DefaultRole</c>). The first sign-in of a person
/// creates a local account linked to the provider's subject, with the default role (viewer); an admin raises it.
/// </summary>
public static class Oidc
{
    public const string Scheme = "oidc";

    public static bool Enabled(IConfiguration config) => !string.IsNullOrWhiteSpace(config?["Ippon:Oidc:Authority"]);

    public static string DisplayName(IConfiguration config) => config?["Ippon:Oidc:DisplayName"] is { Length: > 0 } n ? n : "OpenID Connect";

    public static void Add(AuthenticationBuilder authentication, IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        if (!Enabled(config)) return;
        authentication.AddOpenIdConnect(Scheme, DisplayName(config), o =>
        {
            o.Authority = config["Ippon:Oidc:Authority"];
            o.ClientId = config["Ippon:Oidc:ClientId"];
            o.ClientSecret = config["Ippon:Oidc:ClientSecret"];
            o.ResponseType = "code";
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
            // Only a provider on this machine may be reached over plain HTTP (a test or development provider).
            o.RequireHttpsMetadata = !(o.Authority?.StartsWith("http://127.0.0.1", StringComparison.Ordinal) == true
                                       || o.Authority?.StartsWith("http://localhost", StringComparison.Ordinal) == true);
        });
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/login/oidc", (string? returnUrl, IConfiguration config) => Enabled(config)
                ? Results.Challenge(new AuthenticationProperties { RedirectUri = "/login/oidc/done?returnUrl=" + Uri.EscapeDataString(SignInPages.LocalPath(returnUrl)) }, [Scheme])
                : Results.NotFound())
            .AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/login/oidc/done", DoneAsync).AllowAnonymous().ExcludeFromDescription();
    }

    static async Task<IResult> DoneAsync(string? returnUrl, HttpContext http, SignInManager<IpponUser> signIn, IConfiguration config, TimeProvider time)
    {
        var external = await http.AuthenticateAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded || external.Principal is not { } principal) return Results.LocalRedirect("/login");
        var subject = principal.FindFirstValue("sub");
        if (string.IsNullOrEmpty(subject)) return Results.LocalRedirect("/login");
        var users = signIn.UserManager;
        var user = await users.FindByLoginAsync(Scheme, subject);
        if (user is null)
        {
            var name = principal.FindFirstValue("preferred_username") ?? principal.FindFirstValue("email") ?? subject;
            if (await users.FindByNameAsync(name) is not null) name = $"{name} ({Scheme}:{subject})";
            var role = Enum.TryParse<AccountRole>(config["Ippon:Oidc:DefaultRole"], ignoreCase: true, out var r) ? r : AccountRole.Viewer;
            user = new IpponUser { UserName = name, Email = principal.FindFirstValue("email"), Role = role, CreatedAt = time.GetUtcNow().UtcDateTime };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded) return Results.LocalRedirect("/login");
            await users.AddLoginAsync(user, new UserLoginInfo(Scheme, subject, DisplayName(config)));
        }
        await http.SignOutAsync(IdentityConstants.ExternalScheme);
        await signIn.SignInAsync(user, isPersistent: false, Scheme);
        return Results.LocalRedirect(SignInPages.LocalPath(returnUrl));
    }
}
