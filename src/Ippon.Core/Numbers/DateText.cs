using System.Globalization;

namespace Ippon.Numbers;

/// <summary>Reads the dates users write in plans (<c>deadline:</c>, <c>due:</c>, <c>horizon:</c>): <c>2027-03-31</c> or <c>2027/03/31</c>.</summary>
/// <remarks>
/// The one grammar of a plan's dates: the plan file's reader and the page's editors both call it, so a date the file
/// accepts is never refused by the page. Full-width digits (２０２７-０３-３１) are folded first, as in <see cref="NumberText"/>.
/// </remarks>
public static class DateText
{
    static readonly string[] s_formats = ["yyyy-MM-dd", "yyyy/MM/dd"];

    /// <summary>Parses <paramref name="text"/>; false (no exception) when it is not a date in either form.</summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        return text is not null
            && DateOnly.TryParseExact(Width.Fold(text).Trim(), s_formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>Why <paramref name="text"/> is not a date (the text clipped), with the form to write.</summary>
    public static Message Refusal(string? text) => new(
        $"'{NumberText.Clip(text)}' は日付として読めません。YYYY-MM-DD で書いてください (例: 2027-03-31)",
        $"'{NumberText.Clip(text)}' is not a date; write YYYY-MM-DD (e.g. 2027-03-31)");
}
