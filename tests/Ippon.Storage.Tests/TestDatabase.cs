using Ippon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Storage.Tests;

/// <summary>A database of its own for one test, migrated like the app does it, deleted afterwards: a SQLite file, or a fresh PostgreSQL database.</summary>
public sealed class TestDatabase : IDisposable
{
    readonly TempDir _dir = new();

    public TestDatabase(DatabaseEngine engine = DatabaseEngine.Sqlite)
    {
        Location = engine == DatabaseEngine.Postgres
            ? DatabaseLocation.Resolve(TestPostgres.CreateDatabase(), _dir.Path)
            : DatabaseLocation.Resolve(_dir.File("ippon.db"), _dir.Path);
        Factory = IpponStorage.Factory(Location);
    }

    public DatabaseLocation Location { get; }

    public IDbContextFactory<IpponDb> Factory { get; }

    public static async Task<TestDatabase> MigratedAsync(DatabaseEngine engine = DatabaseEngine.Sqlite)
    {
        var db = new TestDatabase(engine);
        await IpponStorage.MigrateAsync(db.Factory);
        return db;
    }

    public void Dispose()
    {
        if (Location.Engine == DatabaseEngine.Postgres)
        {
            TestPostgres.DropDatabase(Location.ConnectionString);
            return;
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
