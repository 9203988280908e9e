namespace Ippon.Storage.Accounts;

/// <summary>
/// A bearer token for an integration (a nightly CRM export pushing actuals): a role and a department like an
/// account's. Only the SHA-256 of the secret is stored; the secret is shown once, when it is created.
/// </summary>
public sealed class ApiToken
{
    public ApiToken(Guid id, string name, string hash, string prefix, AccountRole role, string? department, string createdBy, DateTime createdAt)
    {
        Id = id;
        Name = name;
        Hash = hash;
        Prefix = prefix;
        Role = role;
        Department = department;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    /// <summary>What the token is for, and the author name its saves are recorded under.</summary>
    public string Name { get; private set; }

    /// <summary>The SHA-256 of the secret, lower-case hex.</summary>
    public string Hash { get; private set; }

    /// <summary>The first characters of the secret, so people can tell tokens apart.</summary>
    public string Prefix { get; private set; }

    public AccountRole Role { get; private set; }

    public string? Department { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public void Revoke(DateTime now) => RevokedAt ??= now;
}
