using Ippon.Numbers;
using Ippon.Storage;
using Ippon.Storage.Accounts;
using Ippon.Storage.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Notifications;

/// <summary>A person a mail goes to: the account, its address and language.</summary>
public sealed record Recipient(string UserId, string UserName, string Email, Language Language);

/// <summary>Who receives what: planners (and admins) every kind, a department's editors what concerns their metrics; each as their preferences say.</summary>
public static class Recipients
{
    /// <summary>
    /// The accounts with a mail address who want <paramref name="kind"/>: planners and admins when
    /// <paramref name="planners"/>, and the editors of <paramref name="departments"/>. Locked accounts get nothing.
    /// </summary>
    public static async Task<List<Recipient>> FindAsync(IpponDb db, string kind, bool planners, IReadOnlyCollection<string> departments, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(departments);
        var users = await db.Users.AsNoTracking().ToListAsync(ct);
        var preferences = await db.NotificationPreferences.AsNoTracking().ToDictionaryAsync(p => p.UserId, ct);
        var result = new List<Recipient>();
        foreach (var user in users.OrderBy(u => u.UserName, StringComparer.Ordinal))
        {
            if (user.LockoutEnd is { } end && end > now) continue;
            var wanted = (planners && user.Role >= AccountRole.Planner)
                         || (user.Role == AccountRole.Editor && user.Department is { } d && departments.Contains(d.Trim()));
            if (!wanted) continue;
            var preference = preferences.GetValueOrDefault(user.Id);
            if (!Wants(preference, kind)) continue;
            var email = preference?.Email ?? user.Email;
            if (string.IsNullOrWhiteSpace(email)) continue;
            result.Add(new Recipient(user.Id, user.UserName ?? user.Id, email.Trim(), Notices.LanguageOf(preference?.Language)));
        }
        return result;
    }

    /// <summary>Whether an account with <paramref name="preference"/> (none yet: everything) wants <paramref name="kind"/>.</summary>
    public static bool Wants(NotificationPreference? preference, string kind) => preference is null || kind switch
    {
        NotificationKinds.Alert => preference.Alerts,
        NotificationKinds.Reminder => preference.Reminders,
        _ => preference.Digest,
    };
}
