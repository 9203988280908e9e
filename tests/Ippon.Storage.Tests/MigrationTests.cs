using Ippon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Storage.Tests;

/// <summary>The schema comes from each engine's migrations (Migrations/Sqlite, Migrations/Postgres), and the migrations match the model.</summary>
public abstract class MigrationTests(DatabaseEngine engine)
{
    [DbFact]
    public async Task Migrate_EmptyFile_IsAFirstRunOnlyOnce()
    {
        using var db = new TestDatabase(engine);
        Assert.True(await IpponStorage.MigrateAsync(db.Factory));
        Assert.False(await IpponStorage.MigrateAsync(db.Factory));
    }

    [DbFact]
    public async Task Model_HasNoChangesMissingFromTheMigrations()
    {
        using var db = await TestDatabase.MigratedAsync(engine);
        await using var context = db.Factory.CreateDbContext();
        Assert.False(context.Database.HasPendingModelChanges(), "the model changed: add a migration with tools/Ippon.Migrations");
    }
}

/// <summary>The migrations on SQLite, and SQLite's durability settings.</summary>
public sealed class SqliteMigrationTests() : MigrationTests(DatabaseEngine.Sqlite)
{
    [DbFact]
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

/// <summary>The migrations on PostgreSQL.</summary>
public sealed class PostgresMigrationTests() : MigrationTests(DatabaseEngine.Postgres), IPostgresTests;
