using System.Security.Claims;
using Ippon.Storage.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Ippon.Web.Features.Accounts;

/// <summary>Puts the account's role, department and "must change the password" into the sign-in cookie's claims.</summary>
public sealed class IpponClaims(UserManager<IpponUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<IpponUser>(users, options)
{
    /// <summary>Present while the first-run admin still has the printed one-time password.</summary>
    public const string MustChangePassword = "ippon:must-change-password";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(IpponUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Caller.RoleClaim, Caller.RoleName(user.Role)));
        if (user.Department is { Length: > 0 } d) identity.AddClaim(new Claim(Caller.DepartmentClaim, d));
        if (user.MustChangePassword) identity.AddClaim(new Claim(MustChangePassword, "1"));
        return identity;
    }
}
