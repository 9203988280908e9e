using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Ippon.Testing;
using Ippon.Web.Tests.Infrastructure;
using Ippon.Web.Tests.Notifications;
using Npgsql;

namespace Ippon.Web.Tests.Teams;

/// <summary>
/// Two real app processes on one PostgreSQL database, both running their scheduler and outbox worker: an occurrence
/// of a plan's reminder falls, both instances see it due at the same moment, and each editor gets one mail and each
/// chat one post per occurrence, whichever instance queued and sent it.
/// </summary>
public sealed class TwoInstancesReminderTests(TwoInstancesNotifying two) : IClassFixture<TwoInstancesNotifying>, IPostgresTests
{
    [DbFact]
    public async Task ReminderFallsWhileBothInstancesRun_EachEditorAndEachChatGetsItOnce()
    {
        await using var smtp = TestSmtpServer.Start();
        await using var hooks = await TestWebhookReceiver.StartAsync();
        // The mail server wants a login; the password is saved through A, stored protected, and read by whichever
        // instance's worker sends (the data-protection keys are in the database).
        const string password = "s3cret-パスワード";
        smtp.RequiredLogin = ("ippon-mailer", password);
        await Notify.ConfigureAsync(two.ApiA, smtp, hooks, digestCron: null, smtpUser: "ippon-mailer", smtpPassword: password);
        await Notify.AccountAsync(two.ApiA, "mk-twice", "editor", "マーケティング部", "mk-twice@ippon.test", "ja");
        await Notify.AccountAsync(two.ApiB, "sales-twice", "editor", "営業部", "sales-twice@ippon.test", "en");

        // Five plans, each with a reminder at a minute two minutes ago (Tokyo time), saved through either instance.
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var utcNow = DateTime.UtcNow;
        var occurrence = new DateTime(utcNow.Year, utcNow.Month, utcNow.Day, utcNow.Hour, utcNow.Minute, 0, DateTimeKind.Utc).AddMinutes(-2);
        var local = TimeZoneInfo.ConvertTimeFromUtc(occurrence, tokyo);
        var cron = string.Create(CultureInfo.InvariantCulture, $"{local.Minute} {local.Hour} {local.Day} {local.Month} *");
        var plans = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var api = i % 2 == 0 ? two.ApiA : two.ApiB;
            var plan = await TwoInstances.CreatePlanAsync(api);
            using var set = await api.PutAsJsonAsync($"/api/plans/{plan}/reminders", new { cron }, ApiJson.Options);
            Assert.True(set.IsSuccessStatusCode, await set.Content.ReadAsStringAsync());
            plans.Add(plan);
        }
        // Saved now, after that minute: not due (a schedule never fires for an occurrence before it was saved). As if
        // they had been saved ten minutes before it, the occurrence is due at once for both instances' schedulers.
        await using (var connection = new NpgsqlConnection(two.Database))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("""UPDATE reminder_schedules SET "UpdatedAt" = @at WHERE "PlanId" = ANY(@plans)""", connection);
            command.Parameters.AddWithValue("at", occurrence.AddMinutes(-10));
            command.Parameters.AddWithValue("plans", plans.ToArray());
            Assert.Equal(plans.Count, await command.ExecuteNonQueryAsync());
        }

        // Both schedulers have looked at each plan's occurrence: one queued it ("queued N"), the other found it
        // handled (its own insert refused, or the row already there) — in their logs, not after a guessed wait.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!plans.All(p => two.Instances.All(server => Looked(server.Log, p))))
        {
            Assert.True(DateTime.UtcNow < deadline, "both schedulers did not check every plan's occurrence within 60 s:\nA:\n" + two.A.Log + "\nB:\n" + two.B.Log);
            await Task.Delay(100);
        }
        // Each occurrence was queued by exactly one instance.
        Assert.All(plans, p => Assert.Single(two.Instances, server => Queued(server.Log, p)));

        // Then everything queued is sent (by either worker), and each message arrived once.
        List<JsonElement> outbox;
        while (true)
        {
            outbox = [.. (await Notify.OutboxAsync(two.ApiB)).Where(m => m.GetProperty("kind").GetString() == "reminder")];
            if (outbox.Count > 0 && outbox.All(m => m.GetProperty("sent_at").ValueKind != JsonValueKind.Null)) break;
            Assert.True(DateTime.UtcNow < deadline.AddSeconds(30), "the reminders were not all sent: " + string.Join("\n", outbox));
            await Task.Delay(100);
        }
        // Per plan: one mail to each department's editor, one post to Slack and one to Teams.
        Assert.Equal(plans.Count * 4, outbox.Count);
        var mails = smtp.Received.ToList();
        var posts = hooks.Received.ToList();
        foreach (var plan in plans)
        {
            var link = $"{Notify.PublicUrl}/plans/{plan}?tab=actuals";
            var ofPlan = mails.Where(m => m.Text().Contains(link, StringComparison.Ordinal)).ToList();
            Assert.Single(ofPlan, m => m.To.Mailboxes.Single().Address == "mk-twice@ippon.test");
            Assert.Single(ofPlan, m => m.To.Mailboxes.Single().Address == "sales-twice@ippon.test");
            Assert.Equal(2, ofPlan.Count);
            var stamp = occurrence.ToString("yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture);
            Assert.Single(posts, p => p.Path == "/slack" && p.IdempotencyKey == $"reminder:{plan}:{stamp}:slack");
            Assert.Single(posts, p => p.Path == "/teams" && p.IdempotencyKey == $"reminder:{plan}:{stamp}:teams");
        }
        Assert.Equal(mails.Count, mails.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(plans.Count * 2, mails.Count);
        Assert.Equal(plans.Count * 2, posts.Count);
        Assert.All(smtp.Logins, l => Assert.Equal(("ippon-mailer", password), l));
        await using (var connection = new NpgsqlConnection(two.Database))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("""SELECT "SmtpPassword" FROM notification_settings""", connection);
            var stored = (string)(await command.ExecuteScalarAsync())!;
            Assert.StartsWith("dp1:", stored, StringComparison.Ordinal);
            Assert.DoesNotContain(password, stored, StringComparison.Ordinal);
        }
        var shown = await two.ApiB.GetStringAsync("/api/notifications/settings");
        Assert.DoesNotContain(password, shown, StringComparison.Ordinal);
        Assert.Contains("\"smtp_password_set\":true", shown, StringComparison.Ordinal);
        var japanese = mails.First(m => m.To.Mailboxes.Single().Address == "mk-twice@ippon.test");
        Assert.Contains("マーケティング部 が担当する指標の実績を入力してください。", japanese.Text(), StringComparison.Ordinal);
    }

    static bool Queued(string log, Guid plan) => Lines(log, plan).Any(l => l.Contains(": queued ", StringComparison.Ordinal));

    static bool Looked(string log, Guid plan) => Lines(log, plan).Any(l => l.Contains(": queued ", StringComparison.Ordinal) || l.EndsWith(": already handled", StringComparison.Ordinal));

    static IEnumerable<string> Lines(string log, Guid plan) =>
        log.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Contains($"reminder of plan {plan}", StringComparison.Ordinal));
}
