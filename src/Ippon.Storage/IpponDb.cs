using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ippon.Storage;

/// <summary>The database of the web app: plans, their immutable versions, and their actuals.</summary>
/// <remarks>
/// Features use this type only. Each database engine derives its own context type (<see cref="SqliteIpponDb"/>
/// now, a PostgreSQL one later) so that each keeps its own migrations (Migrations/Sqlite, Migrations/Postgres).
/// </remarks>
public abstract class IpponDb : DbContext
{
    /// <summary>Creates the context with the options of the derived engine's context type.</summary>
    protected IpponDb(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<StoredPlan> Plans => Set<StoredPlan>();

    public DbSet<PlanVersion> PlanVersions => Set<PlanVersion>();

    public DbSet<ActualValue> Actuals => Set<ActualValue>();

    /// <summary>Plans that are not deleted.</summary>
    public IQueryable<StoredPlan> LivePlans => Plans.Where(p => p.DeletedAt == null);

    /// <summary>Refuses to change a saved version: versions are history, a bug must not rewrite it.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc cref="SaveChanges(bool)"/>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    void GuardVersions()
    {
        if (ChangeTracker.Entries<PlanVersion>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("A saved plan version was modified or deleted; versions are immutable.");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Every time is UTC; the database may hand it back without a kind (SQLite keeps text).
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<StoredPlan>(plan =>
        {
            plan.ToTable("plans");
            plan.HasKey(p => p.Id);
            plan.Property(p => p.Title).HasMaxLength(500);
            plan.Property(p => p.Revision).IsConcurrencyToken();
            plan.HasIndex(p => p.UpdatedAt);
        });
        modelBuilder.Entity<PlanVersion>(version =>
        {
            version.ToTable("plan_versions");
            version.HasKey(v => new { v.PlanId, v.Number });
            version.Property(v => v.Title).HasMaxLength(500);
            version.Property(v => v.Author).HasMaxLength(200);
            version.Property(v => v.Summary).HasMaxLength(4000);
            version.HasOne<StoredPlan>().WithMany().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ActualValue>(actual =>
        {
            actual.ToTable("actuals");
            actual.HasKey(a => new { a.PlanId, a.Period, a.Metric });
            actual.Property(a => a.Period).HasMaxLength(20);
            actual.Property(a => a.Metric).HasMaxLength(100);
            actual.Property(a => a.EnteredBy).HasMaxLength(200);
            actual.HasOne<StoredPlan>().WithMany().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
