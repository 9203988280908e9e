namespace Ippon.Web.Features.Notifications;

/// <summary>The kinds of notification (each one a person can unsubscribe from) and the channels.</summary>
public static class NotificationKinds
{
    public const string Alert = "alert";
    public const string Reminder = "reminder";
    public const string Digest = "digest";

    public const string Email = "email";
    public const string Slack = "slack";
    public const string Teams = "teams";

    public static readonly IReadOnlyList<string> All = [Alert, Reminder, Digest];

    /// <summary>The kind's name for people.</summary>
    public static string Label(string kind, Ippon.Numbers.Language l) => (kind, l) switch
    {
        (Alert, Ippon.Numbers.Language.Ja) => "KPIアラート",
        (Alert, _) => "KPI alerts",
        (Reminder, Ippon.Numbers.Language.Ja) => "実績入力のリマインダー",
        (Reminder, _) => "actuals reminders",
        (_, Ippon.Numbers.Language.Ja) => "週次ダイジェスト",
        _ => "weekly digest",
    };
}
