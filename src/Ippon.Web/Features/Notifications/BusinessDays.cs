namespace Ippon.Web.Features.Notifications;

/// <summary>
/// What "business day" means for reminders: Monday to Friday, except Japan's national holidays (国民の祝日, as the law
/// stands since 2020: fixed days, the Happy Monday days, the equinoxes by the standard approximation valid 1980–2099,
/// 振替休日 and 国民の休日). A company's own closing days (年末年始, お盆) are not known and count as business days.
/// </summary>
public static class BusinessDays
{
    public static bool IsBusinessDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(day);

    /// <summary>The <paramref name="n"/>-th business day of the month (1-based), or null when the month has fewer.</summary>
    public static DateOnly? Nth(int year, int month, int n)
    {
        if (n < 1) return null;
        var count = 0;
        for (var d = new DateOnly(year, month, 1); d.Month == month; d = d.AddDays(1))
        {
            if (IsBusinessDay(d) && ++count == n) return d;
        }
        return null;
    }

    /// <summary>Whether <paramref name="day"/> is a national holiday, a substitute holiday or a citizens' holiday.</summary>
    public static bool IsHoliday(DateOnly day)
    {
        if (IsNamedHoliday(day)) return true;
        // 振替休日: a holiday on a Sunday moves to the next day that is not a holiday.
        if (day.DayOfWeek != DayOfWeek.Sunday)
        {
            for (var d = day.AddDays(-1); IsNamedHoliday(d); d = d.AddDays(-1))
            {
                if (d.DayOfWeek == DayOfWeek.Sunday) return true;
            }
        }
        // 国民の休日: a day between two holidays.
        return day.DayOfWeek != DayOfWeek.Sunday && IsNamedHoliday(day.AddDays(-1)) && IsNamedHoliday(day.AddDays(1));
    }

    /// <summary>The holidays the law names (without substitutes).</summary>
    public static bool IsNamedHoliday(DateOnly day)
    {
        var (y, m, d) = (day.Year, day.Month, day.Day);
        return (m, d) switch
        {
            (1, 1) or (2, 11) or (2, 23) or (4, 29) or (5, 3) or (5, 4) or (5, 5) or (8, 11) or (11, 3) or (11, 23) => true,
            _ when m == 1 && day == NthMonday(y, 1, 2) => true, // 成人の日
            _ when m == 7 && day == NthMonday(y, 7, 3) => true, // 海の日
            _ when m == 9 && day == NthMonday(y, 9, 3) => true, // 敬老の日
            _ when m == 10 && day == NthMonday(y, 10, 2) => true, // スポーツの日
            _ when m == 3 && d == Equinox(y, 20.8431) => true, // 春分の日
            _ when m == 9 && d == Equinox(y, 23.2488) => true, // 秋分の日
            _ => false,
        };
    }

    static DateOnly NthMonday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    // The usual approximation of the equinox day in Japan (valid 1980–2099).
    static int Equinox(int year, double constant) => (int)Math.Floor(constant + (0.242194 * (year - 1980)) - Math.Floor((year - 1980) / 4.0));
}
