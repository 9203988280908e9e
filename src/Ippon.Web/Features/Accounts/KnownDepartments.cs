using Ippon.Storage;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Accounts;

/// <summary>The departments the server knows (of its accounts and tokens), offered when an owner is picked; free text stays allowed.</summary>
public static class KnownDepartments
{
    public static async Task<IReadOnlyList<string>> Run(IpponDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var users = await db.Users.Where(u => u.Department != null && u.Department != "").Select(u => u.Department!).Distinct().ToListAsync(ct);
        var tokens = await db.ApiTokens.Where(t => t.Department != null && t.Department != "").Select(t => t.Department!).Distinct().ToListAsync(ct);
        return [.. users.Concat(tokens).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }
}
