using Microsoft.EntityFrameworkCore;

namespace Ippon.Storage.Tests;

/// <summary>A SQLite file of its own for one test, migrated like the app does it, deleted afterwards.</summary>
public sealed class TestDatabase : IDisposable
{
    readonly string _dir = Path.Combine(Path.GetTempPath(), "ippon-storage-test-" + Guid.NewGuid().ToString("N"));

    public TestDatabase()
    {
        Location = DatabaseLocation.Resolve(Path.Combine(_dir, "ippon.db"), _dir);
        Factory = IpponStorage.Factory(Location);
    }

    public DatabaseLocation Location { get; }

    public IDbContextFactory<IpponDb> Factory { get; }

    public static async Task<TestDatabase> MigratedAsync()
    {
        var db = new TestDatabase();
        await IpponStorage.MigrateAsync(db.Factory);
        return db;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
