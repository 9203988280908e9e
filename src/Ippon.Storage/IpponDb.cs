using Ippon.Storage.Accounts;
using Ippon.Storage.Audit;
using Ippon.Storage.Notifications;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ippon.Storage;

/// <summary>The database of the web app: plans, their immutable versions, their actuals, the audit trail, accounts (ASP.NET Core Identity), API tokens and the data-protection keys.</summary>
/// <remarks>
/// Features use this type only. Each database engine derives its own context type (<see cref="SqliteIpponDb"/>,
/// <see cref="PostgresIpponDb"/>) so that each keeps its own migrations (Migrations/Sqlite, Migrations/Postgres).
/// The data-protection keys (cookies, antiforgery tokens) live here so that several instances share them.
/// </remarks>
public abstract class IpponDb : IdentityDbContext<IpponUser>, IDataProtectionKeyContext
{
    /// <summary>Creates the context with the options of the derived engine's context type.</summary>
    protected IpponDb(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<StoredPlan> Plans => Set<StoredPlan>();

    public DbSet<PlanVersion> PlanVersions => Set<PlanVersion>();

    public DbSet<ActualValue> Actuals => Set<ActualValue>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<PlanDraft> Drafts => Set<PlanDraft>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<NotificationSettings> NotificationSettings => Set<NotificationSettings>();

    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();

    public DbSet<ReminderSchedule> ReminderSchedules => Set<ReminderSchedule>();

    public DbSet<PlanAlertSettings> PlanAlertSettings => Set<PlanAlertSettings>();

    public DbSet<ScheduledOccurrence> ScheduledOccurrences => Set<ScheduledOccurrence>();

    /// <summary>Sign-in attempts per client address and minute: the sign-in limit, shared by every instance.</summary>
    public DbSet<SignInWindow> SignInWindows => Set<SignInWindow>();

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
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("An audit entry was modified or deleted; the audit trail is append-only.");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Every time is UTC; the database may hand it back without a kind (SQLite keeps text).
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder); // Identity's tables
        builder.Entity<IpponUser>(user =>
        {
            user.Property(u => u.Role).HasConversion<string>().HasMaxLength(20);
            user.Property(u => u.Department).HasMaxLength(200);
        });
        builder.Entity<ApiToken>(token =>
        {
            token.ToTable("api_tokens");
            token.HasKey(t => t.Id);
            token.Property(t => t.Name).HasMaxLength(200);
            token.Property(t => t.Hash).HasMaxLength(64);
            token.Property(t => t.Prefix).HasMaxLength(20);
            token.Property(t => t.Role).HasConversion<string>().HasMaxLength(20);
            token.Property(t => t.Department).HasMaxLength(200);
            token.Property(t => t.CreatedBy).HasMaxLength(200);
            token.HasIndex(t => t.Hash).IsUnique();
        });
        builder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("audit");
            entry.HasKey(a => a.Id);
            entry.Property(a => a.PlanTitle).HasMaxLength(500);
            entry.Property(a => a.User).HasMaxLength(200);
            entry.Property(a => a.Kind).HasMaxLength(20);
            entry.Property(a => a.Subject).HasMaxLength(200);
            entry.Property(a => a.Field).HasMaxLength(100);
            entry.Property(a => a.OldValue).HasMaxLength(4000);
            entry.Property(a => a.NewValue).HasMaxLength(4000);
            entry.HasIndex(a => new { a.PlanId, a.At });
            entry.HasIndex(a => a.At);
            entry.HasIndex(a => a.User);
        });
        builder.Entity<StoredPlan>(plan =>
        {
            plan.ToTable("plans");
            plan.HasKey(p => p.Id);
            plan.Property(p => p.Title).HasMaxLength(500);
            plan.Property(p => p.Revision).IsConcurrencyToken();
            plan.HasIndex(p => p.UpdatedAt);
        });
        builder.Entity<PlanVersion>(version =>
        {
            version.ToTable("plan_versions");
            version.HasKey(v => new { v.PlanId, v.Number });
            version.Property(v => v.Title).HasMaxLength(500);
            version.Property(v => v.Author).HasMaxLength(200);
            version.Property(v => v.Summary).HasMaxLength(4000);
            version.HasOne<StoredPlan>().WithMany().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<PlanDraft>(draft =>
        {
            draft.ToTable("drafts");
            draft.HasKey(d => new { d.PlanId, d.User });
            draft.Property(d => d.User).HasMaxLength(200);
            draft.HasOne<StoredPlan>().WithMany().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<SignInWindow>(window =>
        {
            window.ToTable("sign_in_windows");
            window.HasKey(w => new { w.Client, w.Minute });
            window.Property(w => w.Client).HasMaxLength(100);
        });
        builder.Entity<ActualValue>(actual =>
        {
            actual.ToTable("actuals");
            actual.HasKey(a => new { a.PlanId, a.Period, a.Metric, a.Member });
            actual.Property(a => a.Period).HasMaxLength(20);
            actual.Property(a => a.Metric).HasMaxLength(100);
            // Empty for the whole metric (ActualValue.WholeMetric): the migration fills it so for the rows stored before members existed.
            actual.Property(a => a.Member).HasMaxLength(ActualValue.MemberMaxLength);
            actual.Property(a => a.EnteredBy).HasMaxLength(200);
            actual.HasOne<StoredPlan>().WithMany().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
        NotificationModel.Configure(builder);
    }

    sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
