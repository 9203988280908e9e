namespace Ippon.Web.Features.Accounts;

/// <summary>An account as the API and the admin page show it (never its password hash).</summary>
public sealed record AccountInfo(string Id, string UserName, string Role, string? Department, bool LockedOut, bool MustChangePassword, bool SingleSignOn);
