using Ippon.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ippon.Storage.Tests;

/// <summary>Actuals are stored per period, metric and member (a rep's own actuals next to the whole metric's), and the rows stored before members existed stay whole-metric rows.</summary>
public abstract class ActualValueTests(DatabaseEngine engine)
{
    static readonly DateTime s_now = new(2026, 12, 6, 9, 0, 0, DateTimeKind.Utc);

    [DbFact]
    public async Task Save_WholeMetricAndTwoMembersOfOneCell_AreThreeRowsReadBackWithTheirMembers()
    {
        using var db = await TestDatabase.MigratedAsync(engine);
        var id = await NewPlanAsync(db);
        await using (var context = db.Factory.CreateDbContext())
        {
            context.Actuals.Add(new ActualValue(id, "Q1", "rep_deals", null, 40, "佐藤", s_now));
            context.Actuals.Add(new ActualValue(id, "Q1", "rep_deals", "田中", 20, "佐藤", s_now));
            context.Actuals.Add(new ActualValue(id, "Q1", "rep_deals", "東京/佐藤", 20.5m, "佐藤", s_now));
            await context.SaveChangesAsync();
        }
        await using (var context = db.Factory.CreateDbContext())
        {
            var rows = await context.Actuals.Where(a => a.PlanId == id).ToListAsync();
            Assert.Equal(
                [(null, 40m), ("東京/佐藤", 20.5m), ("田中", 20m)],
                rows.OrderBy(r => r.Member, StringComparer.Ordinal).Select(r => (r.MemberOrNull, r.Value)));
        }
    }

    [DbFact]
    public async Task Save_SameMemberCellTwiceFromTwoContexts_TheSecondIsRefused()
    {
        using var db = await TestDatabase.MigratedAsync(engine);
        var id = await NewPlanAsync(db);
        await using var a = db.Factory.CreateDbContext();
        await using var b = db.Factory.CreateDbContext();
        a.Actuals.Add(new ActualValue(id, "Q1", "rep_deals", "田中", 20, "A", s_now));
        b.Actuals.Add(new ActualValue(id, "Q1", "rep_deals", "田中", 21, "B", s_now));
        await a.SaveChangesAsync();
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => b.SaveChangesAsync());
        await using var check = db.Factory.CreateDbContext();
        Assert.Equal(20m, (await check.Actuals.SingleAsync(r => r.PlanId == id)).Value);
    }

    [DbFact]
    public async Task Migrate_ActualsStoredBeforeMembers_BecomeWholeMetricRows()
    {
        using var db = new TestDatabase(engine);
        Guid id;
        await using (var context = db.Factory.CreateDbContext())
        {
            var migrations = context.Database.GetMigrations().ToList();
            var members = migrations.FindIndex(m => m.EndsWith("_ActualMembers", StringComparison.Ordinal));
            Assert.True(members > 0, "the ActualMembers migration is missing");
            await context.GetService<IMigrator>().MigrateAsync(migrations[members - 1]);
            var (plan, first) = StoredPlan.Create("計画", "plan: 計画\n", "佐藤", "作成", s_now);
            context.Plans.Add(plan);
            context.PlanVersions.Add(first);
            await context.SaveChangesAsync();
            id = plan.Id;
            // The table as it was: no member column. (SQLite keeps a Guid as upper-case text, as EF Core writes it.)
            object planId = engine == DatabaseEngine.Sqlite ? id.ToString().ToUpperInvariant() : id;
            await context.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO actuals (\"PlanId\", \"Period\", \"Metric\", \"Value\", \"EnteredBy\", \"EnteredAt\") VALUES ({planId}, {"Q1"}, {"leads"}, {200m}, {"佐藤"}, {s_now})");
        }
        await IpponStorage.MigrateAsync(db.Factory);
        await using (var context = db.Factory.CreateDbContext())
        {
            var row = await context.Actuals.SingleAsync(a => a.PlanId == id);
            Assert.Equal(("Q1", "leads", (string?)null, 200m), (row.Period, row.Metric, row.MemberOrNull, row.Value));
        }
    }

    static async Task<Guid> NewPlanAsync(TestDatabase db)
    {
        await using var context = db.Factory.CreateDbContext();
        var (plan, first) = StoredPlan.Create("計画", "plan: 計画\n", "佐藤", "作成", s_now);
        context.Plans.Add(plan);
        context.PlanVersions.Add(first);
        await context.SaveChangesAsync();
        return plan.Id;
    }
}

/// <summary>Actuals on SQLite.</summary>
public sealed class SqliteActualValueTests() : ActualValueTests(DatabaseEngine.Sqlite);

/// <summary>Actuals on PostgreSQL.</summary>
public sealed class PostgresActualValueTests() : ActualValueTests(DatabaseEngine.Postgres), IPostgresTests;
