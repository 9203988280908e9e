using Microsoft.EntityFrameworkCore;

namespace Ippon.Storage.Notifications;

/// <summary>The notification tables: the outbox, the admin's settings, each account's preferences, the plans' reminder schedules and alert settings, and the handled occurrences.</summary>
static class NotificationModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<OutboxMessage>(m =>
        {
            m.ToTable("outbox");
            m.HasKey(x => x.Id);
            m.Property(x => x.IdempotencyKey).HasMaxLength(300);
            m.HasIndex(x => x.IdempotencyKey).IsUnique();
            m.Property(x => x.Kind).HasMaxLength(20);
            m.Property(x => x.Channel).HasMaxLength(20);
            m.Property(x => x.Recipient).HasMaxLength(1000);
            m.Property(x => x.UserId).HasMaxLength(450);
            m.Property(x => x.Subject).HasMaxLength(500);
            m.Property(x => x.LockedBy).HasMaxLength(100);
            m.Property(x => x.LastError).HasMaxLength(2000);
            // The worker's query: unsent, due, not leased.
            m.HasIndex(x => new { x.SentAt, x.NextAttemptAt });
        });
        builder.Entity<NotificationSettings>(s =>
        {
            s.ToTable("notification_settings");
            s.HasKey(x => x.Id);
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.SmtpHost).HasMaxLength(300);
            s.Property(x => x.SmtpSecurity).HasMaxLength(20);
            s.Property(x => x.SmtpUser).HasMaxLength(300);
            s.Property(x => x.SmtpPassword).HasMaxLength(2000); // protected (Data Protection): longer than the password
            s.Property(x => x.SmtpFrom).HasMaxLength(300);
            s.Property(x => x.SlackWebhookUrl).HasMaxLength(1000);
            s.Property(x => x.TeamsWebhookUrl).HasMaxLength(1000);
            s.Property(x => x.ChatLanguage).HasMaxLength(5);
            s.Property(x => x.PublicUrl).HasMaxLength(1000);
            s.Property(x => x.DigestCron).HasMaxLength(100);
            s.Property(x => x.TimeZone).HasMaxLength(100);
        });
        builder.Entity<NotificationPreference>(p =>
        {
            p.ToTable("notification_preferences");
            p.HasKey(x => x.UserId);
            p.Property(x => x.UserId).HasMaxLength(450);
            p.Property(x => x.Email).HasMaxLength(300);
            p.Property(x => x.Language).HasMaxLength(5);
        });
        builder.Entity<ReminderSchedule>(r =>
        {
            r.ToTable("reminder_schedules");
            r.HasKey(x => x.PlanId);
            r.Property(x => x.Cron).HasMaxLength(100);
            r.Property(x => x.At).HasMaxLength(5);
            r.HasOne<StoredPlan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<PlanAlertSettings>(a =>
        {
            a.ToTable("plan_alert_settings");
            a.HasKey(x => x.PlanId);
            a.Property(x => x.ProbabilityBelow).HasPrecision(9, 6);
            a.HasOne<StoredPlan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ScheduledOccurrence>(o =>
        {
            o.ToTable("scheduled_occurrences");
            o.HasKey(x => new { x.Kind, x.PlanId, x.Occurrence });
            o.Property(x => x.Kind).HasMaxLength(20);
            o.Property(x => x.HandledBy).HasMaxLength(100);
        });
    }
}
