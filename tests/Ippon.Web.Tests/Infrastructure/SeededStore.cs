using Ippon.Storage;
using Ippon.Testing;
using Ippon.Web.Features.Plans;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ippon.Web.Tests.Infrastructure;

/// <summary>
/// A plan store on a fresh SQLite file in a temporary folder, holding the default template as plan <see cref="Id"/>
/// (version 1): the start of the store's own tests, without the web app around it.
/// </summary>
public sealed class SeededStore : IDisposable
{
    readonly TempDir _dir;

    SeededStore(TempDir dir, IDbContextFactory<IpponDb> contexts, PlanStore store, Guid id) => (_dir, Contexts, Store, Id) = (dir, contexts, store, id);

    public IDbContextFactory<IpponDb> Contexts { get; }

    public PlanStore Store { get; }

    public Guid Id { get; }

    /// <summary>A migrated database with the seed plan in it, and a store that tells <paramref name="observers"/> of each save.</summary>
    public static async Task<SeededStore> CreateAsync(params ISaveObserver[] observers)
    {
        var dir = new TempDir();
        var contexts = IpponStorage.Factory(DatabaseLocation.Resolve(dir.File("ippon.db"), dir.Path));
        await IpponStorage.MigrateAsync(contexts);
        var store = new PlanStore(contexts, TimeProvider.System, new UploadLimits(UploadLimits.DefaultBytes), NullLoggerFactory.Instance, observers);
        await using var db = await contexts.CreateDbContextAsync();
        var (plan, first) = StoredPlan.Create("seed", Templates.Text("sales-100m")!, "test", "seed", DateTime.UnixEpoch);
        db.Plans.Add(plan);
        db.PlanVersions.Add(first);
        await db.SaveChangesAsync();
        return new SeededStore(dir, contexts, store, plan.Id);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
