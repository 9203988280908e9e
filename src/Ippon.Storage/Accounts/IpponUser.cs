using Microsoft.AspNetCore.Identity;

namespace Ippon.Storage.Accounts;

/// <summary>A person who signs in: an ASP.NET Core Identity account with Ippon's role and, for a department editor, the department.</summary>
public sealed class IpponUser : IdentityUser
{
    public AccountRole Role { get; set; } = AccountRole.Viewer;

    /// <summary>The department an <see cref="AccountRole.Editor"/> edits for, matched against a metric's or action's <c>owner</c>.</summary>
    public string? Department { get; set; }

    /// <summary>True for the first-run admin until its printed one-time password is replaced.</summary>
    public bool MustChangePassword { get; set; }

    public DateTime CreatedAt { get; set; }
}
