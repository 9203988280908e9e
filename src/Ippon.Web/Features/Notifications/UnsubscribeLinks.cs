using Microsoft.AspNetCore.DataProtection;

namespace Ippon.Web.Features.Notifications;

/// <summary>
/// The signed one-click unsubscribe link of a mail: the account and the kind, protected with the app's data-protection
/// keys (kept in the database, so a link written by one instance opens on another). Works without signing in; a
/// forged or altered link is refused.
/// </summary>
public sealed class UnsubscribeLinks(IDataProtectionProvider provider)
{
    readonly IDataProtector _protector = provider.CreateProtector("Ippon.Notifications.Unsubscribe.v1");

    public Uri For(string baseUrl, string userId, string kind)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return new Uri($"{baseUrl.TrimEnd('/')}/unsubscribe?t={_protector.Protect(userId + "\n" + kind)}");
    }

    /// <summary>The account and kind of a link's token, or null when it is not one this app signed.</summary>
    public (string UserId, string Kind)? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2000) return null;
        try
        {
            var parts = _protector.Unprotect(token).Split('\n');
            return parts.Length == 2 && NotificationKinds.All.Contains(parts[1]) ? (parts[0], parts[1]) : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
