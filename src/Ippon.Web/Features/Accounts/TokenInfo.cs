namespace Ippon.Web.Features.Accounts;

/// <summary>An API token as listed (the secret is in <see cref="Secret"/> only in the answer that created it).</summary>
public sealed record TokenInfo(Guid Id, string Name, string Prefix, string Role, string? Department, string CreatedBy, DateTime CreatedAt, DateTime? RevokedAt, string? Secret = null);
