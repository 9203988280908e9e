using System.Security.Cryptography;
using Ippon.Storage.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Accounts;

/// <summary>
/// The first start of an empty database creates the account <c>admin</c>. Its password is <c>IPPON_ADMIN_PASSWORD</c>
/// when set (automation), else a random one-time password printed once to the console (last, by the start-up banner), which must be changed at the
/// first sign-in.
/// </summary>
public static class FirstRun
{
    public const string UserName = "admin";

    public const string PasswordSetting = "IPPON_ADMIN_PASSWORD";

    /// <summary>Creates the admin when there is no account yet; returns the one-time password to print, or null.</summary>
    public static async Task<string?> EnsureAdminAsync(IServiceProvider services, IConfiguration config, TimeProvider time)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IpponUser>>();
        if (await users.Users.AnyAsync()) return null;
        var configured = config?[PasswordSetting];
        var password = string.IsNullOrEmpty(configured) ? OneTimePassword() : configured;
        var admin = new IpponUser
        {
            UserName = UserName,
            Role = AccountRole.Admin,
            MustChangePassword = string.IsNullOrEmpty(configured),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(admin, password);
        }
        catch (DbUpdateException)
        {
            return null; // another instance created it at the same moment
        }
        if (!created.Succeeded) throw new InvalidOperationException("cannot create the first admin: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        // The one-time password is printed by the start-up banner (Lifecycle/StartupConsole), last, once the server listens.
        return string.IsNullOrEmpty(configured) ? password : null;
    }

    static string OneTimePassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(20, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        });
    }
}
