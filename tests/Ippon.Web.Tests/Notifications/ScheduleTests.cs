using CsCheck;
using Ippon.Storage.Notifications;
using Ippon.Web.Features.Notifications;

namespace Ippon.Web.Tests.Notifications;

/// <summary>Business days (weekends and Japan's national holidays) and when schedules fall.</summary>
public sealed class ScheduleTests
{
    static readonly TimeZoneInfo Tokyo = Schedules.Zone("Asia/Tokyo")!;

    [Theory]
    [InlineData("2026-09-22", true)] // 国民の休日 between 敬老の日 (21) and 秋分の日 (23)
    [InlineData("2026-09-23", true)] // 秋分の日
    [InlineData("2026-03-20", true)] // 春分の日
    [InlineData("2026-05-06", true)] // 振替休日: 憲法記念日 fell on a Sunday
    [InlineData("2027-01-11", true)] // 成人の日: 2nd Monday of January
    [InlineData("2026-10-12", true)] // スポーツの日: 2nd Monday of October
    [InlineData("2026-02-23", true)] // 天皇誕生日
    [InlineData("2026-12-07", false)]
    [InlineData("2026-05-07", false)]
    public void JapaneseHolidays_AreKnown(string day, bool holiday) =>
        Assert.Equal(holiday, BusinessDays.IsHoliday(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(2027, 1, 3, "2027-01-06")] // 1 Jan is a holiday, 2–3 a weekend
    [InlineData(2026, 5, 3, "2026-05-08")] // Golden Week: 1 May, then 7 and 8 May
    [InlineData(2026, 12, 1, "2026-12-01")]
    public void TheNthBusinessDay_SkipsWeekendsAndHolidays(int year, int month, int n, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), BusinessDays.Nth(year, month, n));

    [Fact]
    public void TheNthBusinessDay_IsABusinessDay_WithNMinusOneBusinessDaysBeforeIt_InItsMonth() =>
        Gen.Select(Gen.Int[2024, 2040], Gen.Int[1, 12], Gen.Int[1, 23]).Sample((year, month, n) =>
        {
            if (BusinessDays.Nth(year, month, n) is not { } day) return Enumerable.Range(1, DateTime.DaysInMonth(year, month)).Count(d => BusinessDays.IsBusinessDay(new DateOnly(year, month, d))) < n;
            var before = Enumerable.Range(1, day.Day - 1).Count(d => BusinessDays.IsBusinessDay(new DateOnly(year, month, d)));
            return day.Month == month && BusinessDays.IsBusinessDay(day) && before == n - 1;
        });

    [Fact]
    public void EveryMonday9_InTokyo_IsMonday0000Utc()
    {
        var schedule = new ReminderSchedule { Cron = "0 9 * * MON" };
        var next = Schedules.Next(schedule, Tokyo, new DateTime(2026, 12, 6, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(new DateTime(2026, 12, 7, 0, 0, 0, DateTimeKind.Utc), next);
    }

    [Fact]
    public void TheThirdBusinessDayAt9_InTokyo_FallsOnTheRightDays()
    {
        var schedule = new ReminderSchedule { BusinessDay = 3, At = "09:00" };
        var first = Schedules.Next(schedule, Tokyo, new DateTime(2026, 12, 6, 0, 0, 0, DateTimeKind.Utc))!.Value;
        Assert.Equal(new DateTime(2027, 1, 6, 0, 0, 0, DateTimeKind.Utc), first); // 2026-12-03 has passed; 2027-01-06 09:00 JST
        Assert.Equal(new DateTime(2027, 2, 3, 0, 0, 0, DateTimeKind.Utc), Schedules.Next(schedule, Tokyo, first));
    }

    [Fact]
    public void Due_IsTheLatestOccurrence_NotTheMissedOnesBeforeIt()
    {
        var schedule = new ReminderSchedule { Cron = "0 9 * * *" };
        var now = new DateTime(2026, 12, 9, 1, 0, 0, DateTimeKind.Utc); // 10:00 JST on the 9th
        Assert.Equal(new DateTime(2026, 12, 9, 0, 0, 0, DateTimeKind.Utc), Schedules.Due(schedule, Tokyo, now.AddDays(-3), now));
        Assert.Null(Schedules.Due(schedule, Tokyo, now.AddMinutes(-30), now));
    }

    [Fact]
    public void TheBackoff_DoublesFromTheFirstWait_UpToTheCap()
    {
        var options = new NotificationOptions { Backoff = TimeSpan.FromSeconds(30), MaxBackoff = TimeSpan.FromHours(1) };
        Assert.Equal([30, 60, 120, 240, 480, 960, 1920, 3600, 3600], Enumerable.Range(1, 9).Select(a => options.BackoffAfter(a).TotalSeconds));
    }
}
