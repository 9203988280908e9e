using Ippon.Storage;
using Ippon.Storage.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Ippon.Web.Features.Accounts;

/// <summary>Accounts, sign-in (cookie, API token, optional OpenID Connect), roles as policies, and the sign-in rate limit.</summary>
public static class AccountsSetup
{
    /// <summary>The authentication scheme that picks the token scheme for a bearer token and the cookie otherwise.</summary>
    public const string Scheme = "ippon";

    /// <summary>PBKDF2 (HMAC-SHA512) iterations: OWASP's 2023 figure for SHA-512, about twice Identity's default of 100,000.</summary>
    public const int PasswordIterations = 210_000;

    public static IServiceCollection AddIpponAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddIdentityCore<IpponUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.AllowedUserNameCharacters = "";
            })
            .AddEntityFrameworkStores<IpponDb>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<IpponClaims>();
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordIterations);
        // A role change or a password reset reaches the other sessions within a minute, on every instance.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        var secure = configuration.GetValue<bool?>("Ippon:SecureCookies") == true ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        var authentication = services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
                o.DefaultForbidScheme = Scheme;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(Scheme, "Ippon", o => o.ForwardDefaultSelector = http =>
                TokenAuthentication.HasBearer(http.Request) ? TokenAuthentication.Name : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthentication>(TokenAuthentication.Name, null);
        authentication.AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "ippon-auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = secure;
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
            o.AccessDeniedPath = "/denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ctx => Refuse(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => Refuse(ctx, StatusCodes.Status403Forbidden);
        });
        services.ConfigureExternalCookie(o =>
        {
            o.Cookie.SecurePolicy = secure;
            o.Cookie.HttpOnly = true;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "ippon-csrf";
            o.Cookie.SecurePolicy = secure;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
        });
        Oidc.Add(authentication, configuration, secure);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Access.Read, p => p.RequireAuthenticatedUser())
            .AddPolicy(Access.Edit, p => p.RequireRole(Caller.RoleName(AccountRole.Editor), Caller.RoleName(AccountRole.Planner), Caller.RoleName(AccountRole.Admin)))
            .AddPolicy(Access.Plan, p => p.RequireRole(Caller.RoleName(AccountRole.Planner), Caller.RoleName(AccountRole.Admin)))
            .AddPolicy(Access.Admin, p => p.RequireRole(Caller.RoleName(AccountRole.Admin)));
        services.AddCascadingAuthenticationState();

        // Per client address and minute, counted in the database (SignInThrottle): enough to slow a guessing script
        // down, on every instance together; the lockout (5 failures, 15 minutes) is in the database as well.
        var perMinute = configuration.GetValue<int?>("Ippon:SignInPerMinute") ?? 10;
        services.AddSingleton(sp => new SignInThrottle(perMinute, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<AccountAdmin>(); // accounts and tokens for the admin page and /api/users, /api/tokens
        return services;
    }

    /// <summary>The API answers 401/403; a page goes to the sign-in form (401) or shows "not allowed" (403).</summary>
    static Task Refuse(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api") || status == StatusCodes.Status403Forbidden)
        {
            ctx.Response.StatusCode = status;
            return status == StatusCodes.Status403Forbidden && !ctx.Request.Path.StartsWithSegments("/api")
                ? SignInPages.Denied(ctx.HttpContext)
                : Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
