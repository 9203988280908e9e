using Ippon.Numbers;
using Ippon.Storage;
using Ippon.Storage.Accounts;
using Ippon.Storage.Notifications;
using Ippon.Web.Features.Accounts;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Notifications;

/// <summary>Each account's notification preferences (its own, or any account's for an admin) and the signed one-click unsubscribe.</summary>
public static class PreferencesApi
{
    public sealed record Preferences(string? Email, string Language, bool Alerts, bool Reminders, bool Digest);

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications/preferences").WithTags("Notifications");
        group.MapGet("/", async (PlanStore store, HttpContext http, CancellationToken ct) =>
                await store.PreferencesAsync(Me(http), ct) is { } preferences ? TypedResults.Ok(preferences) : NoAccount(http))
            .RequireAuthorization(Access.Read).WithName("GetMyNotificationPreferences").WithSummary("The signed-in account's mail address, language and kinds of notification");
        group.MapPut("/", async (Preferences body, PlanStore store, HttpContext http, CancellationToken ct) =>
                await store.SavePreferencesAsync(Me(http), body, ct) is { } saved ? saved.ToHttp(RequestLanguage.Of(http), p => TypedResults.Ok(p)) : NoAccount(http))
            .RequireAuthorization(Access.Read).WithName("SaveMyNotificationPreferences").WithSummary("Change the signed-in account's notification preferences")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{userId}", async (string userId, PlanStore store, HttpContext http, CancellationToken ct) =>
                await store.PreferencesAsync(u => u.Id == userId, ct) is { } preferences ? TypedResults.Ok(preferences) : Failure.NotFound($"account {userId}").ToProblem(RequestLanguage.Of(http)))
            .RequireAuthorization(Access.Admin).WithName("GetNotificationPreferences").WithSummary("An account's notification preferences (admin)");
        group.MapPut("/{userId}", async (string userId, Preferences body, PlanStore store, HttpContext http, CancellationToken ct) =>
                await store.SavePreferencesAsync(u => u.Id == userId, body, ct) is { } saved
                    ? saved.ToHttp(RequestLanguage.Of(http), p => TypedResults.Ok(p))
                    : Failure.NotFound($"account {userId}").ToProblem(RequestLanguage.Of(http)))
            .RequireAuthorization(Access.Admin).WithName("SaveNotificationPreferences").WithSummary("Change an account's notification preferences (admin)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        // One-click unsubscribe from a mail: the signed link is the credential (no sign-in). GET shows a button (link
        // checkers that open every link unsubscribe nobody); POST (the button, or a mail program's RFC 8058 one-click) does it.
        app.MapGet("/unsubscribe", (string? t, UnsubscribeLinks links, HttpContext http) =>
                links.Read(t) is { } target ? Page(Confirm(target.Kind, t!)) : Page(Invalid(), StatusCodes.Status400BadRequest))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/unsubscribe", async (string? t, UnsubscribeLinks links, PlanStore store, CancellationToken ct) =>
                links.Read(t) is { } target && await store.UnsubscribeAsync(target.UserId, target.Kind, ct)
                    ? Page(Done(target.Kind))
                    : Page(Invalid(), StatusCodes.Status400BadRequest))
            .AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
    }

    // The signed-in account (an API token, or a sign-in with no account here, has none).
    static System.Linq.Expressions.Expression<Func<IpponUser, bool>> Me(HttpContext http)
    {
        var name = Caller.Of(http).Name;
        return u => u.UserName == name;
    }

    static IResult NoAccount(HttpContext http) => Failure.NotFound("account").ToProblem(RequestLanguage.Of(http));

    public static async Task<Preferences> ReadAsync(IpponDb db, IpponUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var p = await db.NotificationPreferences.AsNoTracking().FirstOrDefaultAsync(x => x.UserId == user.Id, ct);
        return p is null ? new Preferences(user.Email, "ja", true, true, true) : new Preferences(p.Email ?? user.Email, p.Language, p.Alerts, p.Reminders, p.Digest);
    }

    public static async Task<Outcome<Preferences>> SaveAsync(IpponDb db, IpponUser user, Preferences body, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(time);
        var email = string.IsNullOrWhiteSpace(body.Email) ? null : body.Email.Trim();
        var errors = new List<FieldError>();
        if (email is not null && (email.Length > 300 || !MimeKit.MailboxAddress.TryParse(email, out var parsed) || !parsed.Address.Contains('@', StringComparison.Ordinal)))
            errors.Add(new("email", new Message($"'{email}' はメールアドレスではありません", $"'{email}' is not a mail address")));
        if (body.Language is not ("ja" or "en"))
            errors.Add(new("language", new Message($"言語は ja か en です ('{body.Language}')", $"the language is ja or en, not '{body.Language}'")));
        if (errors.Count > 0) return Failure.Invalid([.. errors]);
        var row = await Row(db, user, ct);
        row.Email = email;
        row.Language = body.Language;
        row.Alerts = body.Alerts;
        row.Reminders = body.Reminders;
        row.Digest = body.Digest;
        row.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return new Preferences(email, row.Language, row.Alerts, row.Reminders, row.Digest);
    }

    /// <summary>Stops one kind of notification (<paramref name="kind"/>) for the account <paramref name="userId"/>; false when there is no such account.</summary>
    public static async Task<bool> UnsubscribeAsync(IpponDb db, string userId, string kind, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        if (await db.Users.FirstOrDefaultAsync(u => u.Id == userId, ct) is not { } user) return false;
        var preference = await Row(db, user, ct);
        switch (kind)
        {
            case NotificationKinds.Alert: preference.Alerts = false; break;
            case NotificationKinds.Reminder: preference.Reminders = false; break;
            default: preference.Digest = false; break;
        }
        preference.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return true;
    }

    static async Task<NotificationPreference> Row(IpponDb db, IpponUser user, CancellationToken ct)
    {
        var row = await db.NotificationPreferences.FirstOrDefaultAsync(x => x.UserId == user.Id, ct);
        if (row is not null) return row;
        row = new NotificationPreference { UserId = user.Id, Email = user.Email };
        db.NotificationPreferences.Add(row);
        return row;
    }

    // The unsubscribe pages: plain HTML in both languages (whoever opens the link may not be signed in, so no language cookie).
    static Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult Page(string body, int status = StatusCodes.Status200OK) => TypedResults.Content(
        $"<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>Ippon</title></head><body style=\"font-family:sans-serif;max-width:560px;margin:40px auto;padding:0 16px\">{body}</body></html>",
        "text/html; charset=utf-8", statusCode: status);

    static string Confirm(string kind, string token) =>
        $"<h1 style=\"font-size:20px\">{NotificationKinds.Label(kind, Language.Ja)}の配信停止 / Unsubscribe from {NotificationKinds.Label(kind, Language.En)}</h1>" +
        $"<form method=\"post\" action=\"/unsubscribe?t={System.Net.WebUtility.UrlEncode(token)}\"><button type=\"submit\" style=\"font-size:16px;padding:8px 16px\">配信を停止する / Unsubscribe</button></form>";

    static string Done(string kind) =>
        $"<h1 style=\"font-size:20px\">{NotificationKinds.Label(kind, Language.Ja)}の配信を停止しました</h1><p>You are unsubscribed from {NotificationKinds.Label(kind, Language.En)}.</p>" +
        "<p>再開はサインイン後の「通知設定」で / To subscribe again, sign in and open Notifications (/notifications).</p>";

    static string Invalid() => "<h1 style=\"font-size:20px\">このリンクは使えません / This link is not valid</h1><p>リンクが途中で切れていないか確認してください / Check that the whole link was opened.</p>";
}
