using Ippon.Storage.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Ippon.Web.Features.Accounts;

/// <summary>
/// Checks an open page's account every minute: once the admin changes its role, resets its password, locks or deletes
/// it (a new security stamp), the page is signed out and its saves are refused (it must be reloaded).
/// </summary>
public sealed class RevalidatingAuthentication(ILoggerFactory logger, IServiceScopeFactory scopes, IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(logger)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IpponUser>>();
        var user = await users.GetUserAsync(authenticationState.User);
        if (user is null) return false;
        var stamp = authenticationState.User.FindFirst(options.Value.ClaimsIdentity.SecurityStampClaimType)?.Value;
        return stamp is not null && stamp == await users.GetSecurityStampAsync(user) && !await users.IsLockedOutAsync(user);
    }
}
