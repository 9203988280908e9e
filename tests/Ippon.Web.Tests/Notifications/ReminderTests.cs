using System.Net.Http.Json;
using System.Text.Json;
using Ippon.Storage;
using Ippon.Storage.Notifications;
using Ippon.Testing;
using Ippon.Web.Features.Notifications;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ippon.Web.Tests.Notifications;

/// <summary>
/// A plan's reminder and the planners' digest when their schedule falls: two schedulers on one database (two
/// instances) queue each occurrence once; the mails arrive in each person's language with the link to the cells.
/// </summary>
public abstract class ReminderTests<TApi>(TApi api) : IClassFixture<TApi>
    where TApi : NotifyApi
{
    /// <summary>A clock at a fixed time (the scheduler's "now").</summary>
    sealed class FixedTime(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc);
    }

    [DbFact]
    public async Task MondayAt9_TwoInstancesQueueTheRemindersAndTheDigestOnce_AndEachEditorGetsTheirMetrics()
    {
        using var admin = api.Client();
        await using var smtp = TestSmtpServer.Start();
        await Notify.ConfigureAsync(admin, smtp, null);
        await Notify.AccountAsync(admin, "mk-remind", "editor", "マーケティング部", "mk-remind@ippon.test", "ja");
        await Notify.AccountAsync(admin, "sales-remind", "editor", "営業部", "sales-remind@ippon.test", "en");
        await Notify.AccountAsync(admin, "plan-remind", "planner", null, "plan-remind@ippon.test", "ja");
        var plan = (await admin.CreateFromTemplateAsync()).Id;
        await Notify.SaveActualsAsync(admin, plan, ("Q1", "leads", 200), ("Q1", "deals", 20), ("Q1", "orders", 3), ("Q1", "new_revenue", 6_000_000));

        using (var set = await admin.PutAsJsonAsync($"/api/plans/{plan}/reminders", new { cron = "0 9 * * MON" }, ApiJson.Options))
        {
            Assert.True(set.IsSuccessStatusCode, await set.Content.ReadAsStringAsync());
            var view = await set.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(3, view.GetProperty("next").GetArrayLength());
            Assert.EndsWith("T09:00+09:00", view.GetProperty("next")[0].GetString(), StringComparison.Ordinal);
        }
        using (var bad = await admin.PutAsJsonAsync($"/api/plans/{plan}/reminders", new { cron = "0 9 * *", business_day = 3 }, ApiJson.Options))
        {
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains("\"cron\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The next Monday 9:00 in Tokyo after now: both "instances" see it due at the same moment.
        var tokyo = Schedules.Zone("Asia/Tokyo")!;
        var monday = Schedules.Next(new ReminderSchedule { Cron = "0 9 * * MON" }, tokyo, DateTime.UtcNow)!.Value.AddMinutes(1);
        var factory = api.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<IpponDb>>();
        var options = api.Services.GetRequiredService<NotificationOptions>();
        var one = new Scheduler(factory, options, new FixedTime(monday), NullLogger<Scheduler>.Instance);
        var two = new Scheduler(factory, options, new FixedTime(monday), NullLogger<Scheduler>.Instance);
        var queued = await Task.WhenAll(one.RunDueAsync(CancellationToken.None), two.RunDueAsync(CancellationToken.None), one.RunDueAsync(CancellationToken.None));

        await using var db = await factory.CreateDbContextAsync();
        var reminders = await db.Outbox.AsNoTracking().Where(m => m.Kind == "reminder" && m.IdempotencyKey.Contains(plan.ToString())).ToListAsync();
        var digests = await db.Outbox.AsNoTracking().Where(m => m.Kind == "digest" && m.IdempotencyKey.Contains(plan.ToString())).ToListAsync();
        Assert.Equal(queued.Sum(), (await db.Outbox.AsNoTracking().Where(m => (m.Kind == "reminder" || m.Kind == "digest") && m.CreatedAt == monday).CountAsync()));
        Assert.Single(await db.ScheduledOccurrences.AsNoTracking().Where(o => o.PlanId == plan && o.Kind == "reminder").ToListAsync());
        Assert.Single(reminders, m => m.Recipient == "mk-remind@ippon.test");
        Assert.Single(reminders, m => m.Recipient == "sales-remind@ippon.test");
        Assert.DoesNotContain(reminders, m => m.Recipient == "plan-remind@ippon.test"); // planners get the digest, not the reminder
        Assert.Single(digests, m => m.Recipient == "plan-remind@ippon.test");
        Assert.DoesNotContain(digests, m => m.Recipient.Contains("-remind@", StringComparison.Ordinal) && m.Recipient != "plan-remind@ippon.test");

        // Run again at the same moment: nothing more.
        Assert.Equal(0, await one.RunDueAsync(CancellationToken.None));

        // The schedulers ran at next Monday's time; the app's worker runs on today's clock, so the queued messages are made due now.
        await db.Outbox.Where(m => m.CreatedAt == monday).ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, DateTime.UtcNow));

        static bool Scheduled(MimeKit.MimeMessage m) => m.Headers["X-Ippon-Kind"] is "reminder" or "digest" && m.To.ToString().Contains("-remind@", StringComparison.Ordinal);
        bool OfThisPlan(MimeKit.MimeMessage m) => Scheduled(m) && m.Text().Contains(plan.ToString(), StringComparison.Ordinal); // the sample plan gets its digest too
        var mails = (await smtp.WaitForAsync(m => m.Count(OfThisPlan) >= 3)).Where(OfThisPlan).ToList();
        var marketing = mails.Single(m => m.To.Mailboxes.Single().Address == "mk-remind@ippon.test");
        Assert.StartsWith("【Ippon】年間売上1億円計画: ", marketing.Subject, StringComparison.Ordinal);
        Assert.EndsWith("実績を入力してください", marketing.Subject, StringComparison.Ordinal);
        Assert.Contains("マーケティング部 が担当する指標の実績を入力してください。", marketing.Text(), StringComparison.Ordinal);
        Assert.Contains("リード数 (leads): ", marketing.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("商談数", marketing.Text(), StringComparison.Ordinal); // 営業部's metric
        // The link opens the grid on マーケティング部's own cells, in the period of the reminder.
        var period = Ippon.Periods.PeriodCalendar.For(Ippon.Files.Plans.PlanReader.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "sales-100m.yaml"))).Plan!)!
            .PeriodOf(DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(monday, tokyo)))!.Label;
        Assert.Contains($"{Notify.PublicUrl}/plans/{plan}?tab=actuals&metric=leads&period={period}", marketing.Text(), StringComparison.Ordinal);

        var sales = mails.Single(m => m.To.Mailboxes.Single().Address == "sales-remind@ippon.test");
        Assert.StartsWith("[Ippon] 年間売上1億円計画: please enter the actuals", sales.Subject, StringComparison.Ordinal);
        Assert.Contains("Please enter the actuals of the metrics 営業部 owns.", sales.Text(), StringComparison.Ordinal);
        Assert.Contains("商談数 (deals): ", sales.Text(), StringComparison.Ordinal);
        Assert.Contains($"{Notify.PublicUrl}/plans/{plan}?tab=actuals&metric=new_revenue,orders,deals&period={period}", sales.Text(), StringComparison.Ordinal);

        var digest = mails.Single(m => m.To.Mailboxes.Single().Address == "plan-remind@ippon.test");
        Assert.Equal("【Ippon】週次ダイジェスト: 年間売上1億円計画", digest.Subject);
        // New revenue 600万円 against 1,000万円 planned for Q1: the KGI lands 400万円 short.
        Assert.True(digest.Text().Contains("KGI 年間売上 の着地見込み: 9,600万円 (目標 1億円", StringComparison.Ordinal), digest.Text());
        Assert.Contains("Q1 時点", digest.Text(), StringComparison.Ordinal);
        Assert.True(digest.Text().Contains("手を打つ: ", StringComparison.Ordinal), digest.Text());
        Assert.Contains("<table role=\"presentation\"", digest.HtmlBody, StringComparison.Ordinal); // the chart: table bars
        Assert.Contains("リード数</td>", digest.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(">80%</td>", digest.HtmlBody, StringComparison.Ordinal); // 200 of 250 leads
        Assert.Contains($"{Notify.PublicUrl}/plans/{plan}?tab=review", digest.Text(), StringComparison.Ordinal);
    }
}

/// <summary>On the embedded SQLite file.</summary>
public sealed class SqliteReminderTests(NotifyApi api) : ReminderTests<NotifyApi>(api);

/// <summary>On PostgreSQL (two schedulers racing for the occurrence's row).</summary>
public sealed class PostgresReminderTests(PostgresNotifyApi api) : ReminderTests<PostgresNotifyApi>(api), IPostgresTests;
