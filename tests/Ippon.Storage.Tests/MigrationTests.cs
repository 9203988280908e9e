using Microsoft.EntityFrameworkCore;

namespace Ippon.Storage.Tests;

/// <summary>The schema comes from the migrations (Migrations/Sqlite), and the migrations match the model.</summary>
public sealed class MigrationTests
{
    [Fact]
    public async Task Migrate_EmptyFile_IsAFirstRunOnlyOnce()
    {
        using var db = new TestDatabase();
        Assert.True(await IpponStorage.MigrateAsync(db.Factory));
        Assert.False(await IpponStorage.MigrateAsync(db.Factory));
    }

    [Fact]
    public async Task Model_HasNoChangesMissingFromTheMigrations()
    {
        using var db = await TestDatabase.MigratedAsync();
        await using var context = db.Factory.CreateDbContext();
        Assert.False(context.Database.HasPendingModelChanges(), "the model changed: add a migration with tools/Ippon.Migrations");
    }

    [Fact]
    public async Task Migrate_Sqlite_WriteAheadLoggingWithFullSync()
    {
        using var db = await TestDatabase.MigratedAsync();
        await using var context = db.Factory.CreateDbContext();
        var mode = await context.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
        Assert.Equal("wal", mode.Single());
        // FULL (2): a commit is on disk before the save is acknowledged.
        var synchronous = await context.Database.SqlQueryRaw<long>("PRAGMA synchronous").ToListAsync();
        Assert.Equal(2, synchronous.Single());
    }
}
