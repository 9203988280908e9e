using Microsoft.EntityFrameworkCore;

namespace Ippon.Storage;

/// <summary>Creates the engine's context as an <see cref="IpponDb"/>, for pages (one context per operation) and requests.</summary>
sealed class IpponDbFactory(Func<IpponDb> create) : IDbContextFactory<IpponDb>
{
    public IpponDb CreateDbContext() => create();
}
