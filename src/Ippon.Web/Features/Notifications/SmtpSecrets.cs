using Microsoft.AspNetCore.DataProtection;

namespace Ippon.Web.Features.Notifications;

/// <summary>
/// The SMTP password at rest: protected with the app's data-protection keys (kept in the database, so every instance
/// can read what another saved), never stored or shown as typed. A value saved before this (plain text, no prefix) is
/// still read as it is, and protected at the next save.
/// </summary>
public sealed class SmtpSecrets(IDataProtectionProvider provider)
{
    /// <summary>Marks a protected value (and the protector's version, should it ever change).</summary>
    public const string Prefix = "dp1:";

    readonly IDataProtector _protector = provider.CreateProtector("Ippon.Notifications.SmtpPassword.v1");

    public string Protect(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return Prefix + _protector.Protect(password);
    }

    /// <summary>The password to log in with: unprotected, or as stored when it predates the protection.</summary>
    /// <exception cref="InvalidOperationException">The keys that protected it are gone (another key ring): the admin must type it again.</exception>
    public string? Reveal(string? stored)
    {
        if (string.IsNullOrEmpty(stored) || !stored.StartsWith(Prefix, StringComparison.Ordinal)) return stored;
        try
        {
            return _protector.Unprotect(stored[Prefix.Length..]);
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            throw new InvalidOperationException("the SMTP password cannot be read with this app's keys; enter it again on the notification settings page", e);
        }
    }
}
