using Ippon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Storage.Tests;

/// <summary>Versions are numbered per plan, never change once saved, and two saves from the same state cannot both win.</summary>
public abstract class PlanVersionTests(DatabaseEngine engine)
{
    static readonly DateTime s_now = new(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc);

    [DbFact]
    public async Task AddVersion_Twice_NumbersThemAndKeepsBothTexts()
    {
        using var db = await TestDatabase.MigratedAsync(engine);
        Guid id;
        await using (var context = db.Factory.CreateDbContext())
        {
            var (plan, first) = StoredPlan.Create("計画", "plan: 計画\n", "佐藤", "作成", s_now);
            context.Plans.Add(plan);
            context.PlanVersions.Add(first);
            context.PlanVersions.Add(plan.AddVersion("計画2", "plan: 計画2\n", "鈴木", "名前を変更", s_now.AddMinutes(5)));
            await context.SaveChangesAsync();
            id = plan.Id;
        }
        await using (var context = db.Factory.CreateDbContext())
        {
            var versions = await context.PlanVersions.Where(v => v.PlanId == id).OrderBy(v => v.Number).ToListAsync();
            Assert.Equal([(1, "plan: 計画\n", "佐藤"), (2, "plan: 計画2\n", "鈴木")], versions.Select(v => (v.Number, v.Yaml, v.Author)));
            Assert.Equal(DateTimeKind.Utc, versions[1].SavedAt.Kind);
            Assert.Equal(s_now.AddMinutes(5), versions[1].SavedAt);
            var plan = await context.Plans.SingleAsync(p => p.Id == id);
            Assert.Equal((2, "計画2"), (plan.LatestVersion, plan.Title));
        }
    }

    [DbFact]
    public async Task SaveChanges_ModifiedVersion_IsRefused()
    {
        using var db = await TestDatabase.MigratedAsync(engine);
        await using var context = db.Factory.CreateDbContext();
        var (plan, first) = StoredPlan.Create("計画", "plan: 計画\n", "佐藤", "作成", s_now);
        context.Plans.Add(plan);
        context.PlanVersions.Add(first);
        await context.SaveChangesAsync();
        context.Entry(first).Property(v => v.Yaml).CurrentValue = "plan: 書き換え\n";
        await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());
    }

    [DbFact]
    public async Task SaveChanges_TwoSavesFromTheSameRevision_OnlyTheFirstWins()
    {
        using var db = await TestDatabase.MigratedAsync(engine);
        Guid id;
        await using (var context = db.Factory.CreateDbContext())
        {
            var (plan, first) = StoredPlan.Create("計画", "plan: 計画\n", "佐藤", "作成", s_now);
            context.Plans.Add(plan);
            context.PlanVersions.Add(first);
            await context.SaveChangesAsync();
            id = plan.Id;
        }
        await using var a = db.Factory.CreateDbContext();
        await using var b = db.Factory.CreateDbContext();
        var planA = await a.Plans.SingleAsync(p => p.Id == id);
        var planB = await b.Plans.SingleAsync(p => p.Id == id);
        a.PlanVersions.Add(planA.AddVersion("A", "plan: A\n", "A", "A", s_now));
        b.PlanVersions.Add(planB.AddVersion("B", "plan: B\n", "B", "B", s_now));
        await a.SaveChangesAsync();
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => b.SaveChangesAsync());
        await using var check = db.Factory.CreateDbContext();
        Assert.Equal("plan: A\n", (await check.PlanVersions.SingleAsync(v => v.PlanId == id && v.Number == 2)).Yaml);
    }

    [DbFact]
    public async Task Delete_HidesFromLivePlansUntilUndeleted()
    {
        using var db = await TestDatabase.MigratedAsync(engine);
        await using var context = db.Factory.CreateDbContext();
        var (plan, first) = StoredPlan.Create("計画", "plan: 計画\n", "佐藤", "作成", s_now);
        context.Plans.Add(plan);
        context.PlanVersions.Add(first);
        plan.Delete(s_now);
        await context.SaveChangesAsync();
        Assert.False(await context.LivePlans.AnyAsync(p => p.Id == plan.Id));
        plan.Undelete(s_now);
        await context.SaveChangesAsync();
        Assert.True(await context.LivePlans.AnyAsync(p => p.Id == plan.Id));
    }
}

/// <summary>Versions on SQLite.</summary>
public sealed class SqlitePlanVersionTests() : PlanVersionTests(DatabaseEngine.Sqlite);

/// <summary>Versions on PostgreSQL.</summary>
public sealed class PostgresPlanVersionTests() : PlanVersionTests(DatabaseEngine.Postgres), IPostgresTests;
