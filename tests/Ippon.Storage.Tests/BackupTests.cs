using System.Diagnostics;
using Ippon.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ippon.Storage.Tests;

/// <summary>The backup ways docs/teams.md gives, done and restored: SQLite's VACUUM INTO, PostgreSQL's pg_dump and pg_restore.</summary>
public sealed class BackupTests
{
    static readonly DateTime s_now = new(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc);

    static async Task<Guid> AddPlanAsync(TestDatabase db)
    {
        await using var context = db.Factory.CreateDbContext();
        var (plan, first) = StoredPlan.Create("バックアップ計画", "plan: バックアップ計画\n", "佐藤", "作成", s_now);
        context.Plans.Add(plan);
        context.PlanVersions.Add(first);
        await context.SaveChangesAsync();
        return plan.Id;
    }

    [Fact]
    public async Task Sqlite_VacuumInto_RestoresEveryPlan()
    {
        using var db = await TestDatabase.MigratedAsync();
        var id = await AddPlanAsync(db);
        var backup = Path.Combine(Path.GetDirectoryName(db.Location.Display)!, "backup.db");
        await using (var context = db.Factory.CreateDbContext())
            await context.Database.ExecuteSqlRawAsync("VACUUM INTO {0}", backup);
        var restored = IpponStorage.Factory(DatabaseLocation.Resolve(backup, Path.GetDirectoryName(backup)!));
        await using var check = restored.CreateDbContext();
        Assert.Equal("plan: バックアップ計画\n", (await check.PlanVersions.SingleAsync(v => v.PlanId == id)).Yaml);
        Assert.Equal("ok", (await check.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync()).Single());
    }
}

/// <summary>pg_dump of one database, pg_restore into a new one.</summary>
public sealed class PostgresBackupTests : IPostgresTests
{
    [DbFact]
    public async Task DumpAndRestore_RestoresEveryPlan() => await PostgresBackup.RunAsync(async db =>
    {
        await using var context = db.Factory.CreateDbContext();
        var (plan, first) = StoredPlan.Create("バックアップ計画", "plan: バックアップ計画\n", "佐藤", "作成", DateTime.UtcNow);
        context.Plans.Add(plan);
        context.PlanVersions.Add(first);
        await context.SaveChangesAsync();
        return plan.Id;
    });
}

static class PostgresBackup
{
    public static async Task RunAsync(Func<TestDatabase, Task<Guid>> arrange)
    {
        using var db = await TestDatabase.MigratedAsync(DatabaseEngine.Postgres);
        var id = await arrange(db);
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Order().Last() + "/bin/";
        var source = new NpgsqlConnectionStringBuilder(db.Location.ConnectionString);
        var dump = Path.Combine(Path.GetTempPath(), $"ippon-{Guid.NewGuid():N}.dump");
        var target = TestPostgres.CreateDatabase();
        try
        {
            await RunAsync(bin + "pg_dump", "-Fc", "-h", source.Host!, "-p", source.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", source.Username!, "-d", source.Database!, "-f", dump);
            var to = new NpgsqlConnectionStringBuilder(target);
            await RunAsync(bin + "pg_restore", "--no-owner", "-h", to.Host!, "-p", to.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", to.Username!, "-d", to.Database!, dump);
            var restored = IpponStorage.Factory(DatabaseLocation.Resolve(target, "/"));
            await using var check = restored.CreateDbContext();
            Assert.Equal("plan: バックアップ計画\n", (await check.PlanVersions.SingleAsync(v => v.PlanId == id)).Yaml);
            Assert.False(await IpponStorage.MigrateAsync(restored), "the restored database has its migrations");
        }
        finally
        {
            File.Delete(dump);
            TestPostgres.DropDatabase(target);
        }
    }

    static async Task RunAsync(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(program)} failed: {error}");
    }
}
