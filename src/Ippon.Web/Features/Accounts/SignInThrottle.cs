using Ippon.Storage;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Accounts;

/// <summary>
/// The sign-in rate limit: at most <see cref="PerMinute"/> sign-in posts per client address and minute (a fixed
/// window), counted in the database (<c>sign_in_windows</c>) with one atomic upsert, so every instance on the database
/// counts the same attempts. The lockout (5 failures, 15 minutes) is per account and in the database as well.
/// </summary>
public sealed class SignInThrottle(int perMinute, TimeProvider time)
{
    public int PerMinute { get; } = perMinute;

    /// <summary>Counts this attempt; false when the address has used up the minute (answer 429).</summary>
    public async Task<(bool Allowed, int RetryAfterSeconds)> TryAsync(IpponDb db, string client, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = time.GetUtcNow();
        var minute = now.ToUnixTimeSeconds() / 60;
        // INSERT … ON CONFLICT … RETURNING: the same statement on PostgreSQL and SQLite (3.35+); concurrent posts on
        // two instances each get their own count, never the same one.
        var attempts = (await db.Database.SqlQuery<int>($"""
            INSERT INTO sign_in_windows ("Client", "Minute", "Attempts") VALUES ({client}, {minute}, 1)
            ON CONFLICT ("Client", "Minute") DO UPDATE SET "Attempts" = sign_in_windows."Attempts" + 1
            RETURNING "Attempts" AS "Value"
            """).ToListAsync(ct)).Single();
        // The windows of the last hour are enough to read the counts; older ones are dropped as we go.
        if (attempts == 1) await db.Database.ExecuteSqlAsync($"DELETE FROM sign_in_windows WHERE \"Minute\" < {minute - 60}", ct);
        return (attempts <= PerMinute, 60 - (int)(now.ToUnixTimeSeconds() % 60));
    }
}
