using System.Text;
using System.Text.Encodings.Web;
using Ippon.Numbers;
using Ippon.Storage.Accounts;
using Ippon.Web.Features.Shared;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Ippon.Web.Features.Accounts;

/// <summary>
/// The sign-in, sign-out and change-password forms: plain server-rendered HTML (no circuit is needed to sign in), each
/// with an antiforgery token that the form endpoints validate; the sign-in form is rate limited per client address.
/// </summary>
public static class SignInPages
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/login", (HttpContext http, IAntiforgery antiforgery, IConfiguration config, string? returnUrl, string? error) =>
                Html(LoginForm(http, antiforgery, config, returnUrl, ErrorText(http, error))))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/login", LoginAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/logout", (HttpContext http, IAntiforgery antiforgery) => Html(Page(http, T(http, "サインアウト", "Sign out"),
                $"""<form method="post" action="/logout">{Token(http, antiforgery)}<button type="submit" data-testid="logout-confirm">{E(T(http, "サインアウトする", "Sign out"))}</button></form>""")))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/logout", async ([FromForm] string? confirm, SignInManager<IpponUser> signIn) =>
            {
                _ = confirm;
                await signIn.SignOutAsync();
                return TypedResults.LocalRedirect("/login");
            })
            .AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/account/password", (HttpContext http, IAntiforgery antiforgery) => Html(PasswordForm(http, antiforgery, null)))
            .ExcludeFromDescription();
        app.MapPost("/account/password", ChangePasswordAsync).ExcludeFromDescription();
        app.MapGet("/denied", (HttpContext http) => Denied(http)).AllowAnonymous().ExcludeFromDescription();
    }

    /// <summary>The form fields of the sign-in form.</summary>
    public sealed record LoginFields(string? UserName = null, string? Password = null, string? ReturnUrl = null);

    static async Task<IResult> LoginAsync([FromForm] LoginFields form, HttpContext http, SignInManager<IpponUser> signIn, IPasswordHasher<IpponUser> hasher,
        IAntiforgery antiforgery, IConfiguration config, SignInThrottle throttle, Ippon.Storage.IpponDb db)
    {
        // Counted before anything else, in the database: the limit holds across every instance.
        var (allowed, retryAfter) = await throttle.TryAsync(db, http.Connection.RemoteIpAddress?.ToString() ?? "local", http.RequestAborted);
        if (!allowed)
        {
            http.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Html(LoginForm(http, antiforgery, config, form.ReturnUrl, T(http,
                $"サインインの試行が多すぎます。{retryAfter} 秒ほど待ってからもう一度試してください",
                $"too many sign-in attempts; try again in about {retryAfter} seconds")), StatusCodes.Status429TooManyRequests);
        }
        var name = form.UserName?.Trim() ?? "";
        var user = name.Length == 0 ? null : await signIn.UserManager.FindByNameAsync(name);
        if (user is null)
        {
            // The same work as a real check, so that the answer's timing does not tell which names exist.
            hasher.VerifyHashedPassword(new IpponUser(), s_dummyHash.Value, form.Password ?? "");
            return Html(LoginForm(http, antiforgery, config, form.ReturnUrl, T(http, "ユーザー名かパスワードが違います", "wrong user name or password")), StatusCodes.Status401Unauthorized);
        }
        var result = await signIn.PasswordSignInAsync(user, form.Password ?? "", isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return Html(LoginForm(http, antiforgery, config, form.ReturnUrl, T(http, "失敗が続いたため、このアカウントはしばらくロックされています", "too many failed attempts: this account is locked for a while")), StatusCodes.Status401Unauthorized);
        }
        if (!result.Succeeded)
            return Html(LoginForm(http, antiforgery, config, form.ReturnUrl, T(http, "ユーザー名かパスワードが違います", "wrong user name or password")), StatusCodes.Status401Unauthorized);
        if (user.MustChangePassword) return TypedResults.LocalRedirect("/account/password");
        return TypedResults.LocalRedirect(LocalPath(form.ReturnUrl));
    }

    // Only known codes become a message: the query never puts text of its own into the page.
    static string? ErrorText(HttpContext http, string? code) => code switch
    {
        "sso" => T(http, "シングルサインオンでサインインできませんでした。もう一度試すか、管理者に連絡してください", "single sign-on did not sign you in; try again or ask your administrator"),
        "locked" => T(http, "このアカウントはロックされています", "this account is locked"),
        _ => null,
    };

    static readonly Lazy<string> s_dummyHash = new(() => new PasswordHasher<IpponUser>().HashPassword(new IpponUser(), Guid.NewGuid().ToString()));

    /// <summary>The form fields of the change-password form.</summary>
    public sealed record PasswordChange(string? Current = null, string? Password = null, string? Confirm = null);

    static async Task<IResult> ChangePasswordAsync([FromForm] PasswordChange form, HttpContext http, SignInManager<IpponUser> signIn, IAntiforgery antiforgery)
    {
        var user = await signIn.UserManager.GetUserAsync(http.User);
        if (user is null) return TypedResults.LocalRedirect("/login");
        if (form.Password != form.Confirm)
            return Html(PasswordForm(http, antiforgery, T(http, "確認用のパスワードが一致しません", "the two new passwords differ")), StatusCodes.Status400BadRequest);
        var changed = await signIn.UserManager.ChangePasswordAsync(user, form.Current ?? "", form.Password ?? "");
        if (!changed.Succeeded)
            return Html(PasswordForm(http, antiforgery, string.Join(" ", changed.Errors.Select(e => e.Description))), StatusCodes.Status400BadRequest);
        user.MustChangePassword = false;
        await signIn.UserManager.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        return TypedResults.LocalRedirect("/");
    }

    /// <summary>A path on this site, never another site (an open redirect).</summary>
    public static string LocalPath(string? url) =>
        url is { Length: > 0 } r && r.StartsWith('/') && !r.StartsWith("//", StringComparison.Ordinal) && !r.StartsWith("/\\", StringComparison.Ordinal) ? r : "/";

    static string LoginForm(HttpContext http, IAntiforgery antiforgery, IConfiguration config, string? returnUrl, string? error)
    {
        var oidc = Oidc.Enabled(config)
            ? $"""<p class="alt"><a href="/login/oidc?returnUrl={Uri.EscapeDataString(LocalPath(returnUrl))}" data-testid="login-oidc">{E(T(http, "シングルサインオン", "Single sign-on"))}: {E(Oidc.DisplayName(config))}</a></p>"""
            : "";
        return Page(http, T(http, "サインイン", "Sign in"), $"""
            {Error(error)}
            <form method="post" action="/login">
              {Token(http, antiforgery)}
              <input type="hidden" name="ReturnUrl" value="{E(LocalPath(returnUrl))}" />
              <label>{E(T(http, "ユーザー名", "User name"))}<input name="UserName" autocomplete="username" required data-testid="login-user" /></label>
              <label>{E(T(http, "パスワード", "Password"))}<input name="Password" type="password" autocomplete="current-password" required data-testid="login-password" /></label>
              <button type="submit" data-testid="login-submit">{E(T(http, "サインイン", "Sign in"))}</button>
            </form>
            {oidc}
            """);
    }

    static string PasswordForm(HttpContext http, IAntiforgery antiforgery, string? error) => Page(http, T(http, "パスワードの変更", "Change your password"), $"""
        <p>{E(T(http, "12文字以上の新しいパスワードを決めてください。", "Choose a new password of at least 12 characters."))}</p>
        {Error(error)}
        <form method="post" action="/account/password">
          {Token(http, antiforgery)}
          <label>{E(T(http, "今のパスワード", "Current password"))}<input name="Current" type="password" autocomplete="current-password" required data-testid="password-current" /></label>
          <label>{E(T(http, "新しいパスワード", "New password"))}<input name="Password" type="password" autocomplete="new-password" minlength="12" required data-testid="password-new" /></label>
          <label>{E(T(http, "もう一度", "Again"))}<input name="Confirm" type="password" autocomplete="new-password" minlength="12" required data-testid="password-confirm" /></label>
          <button type="submit" data-testid="password-submit">{E(T(http, "変更する", "Change"))}</button>
        </form>
        """);

    /// <summary>The page of a refused page request (403).</summary>
    public static Task Denied(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.StatusCode = StatusCodes.Status403Forbidden;
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.WriteAsync(Page(http, T(http, "権限がありません", "Not allowed"),
            $"""<p data-testid="denied">{E(T(http, "このページを開く権限がありません。", "Your role does not allow this page."))}</p><p><a href="/">{E(T(http, "計画一覧へ", "Plans"))}</a></p>"""));
    }

    static string Token(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return $"""<input type="hidden" name="{E(tokens.FormFieldName)}" value="{E(tokens.RequestToken ?? "")}" />""";
    }

    static string Error(string? error) => error is null ? "" : $"""<p class="error" role="alert" data-testid="login-error">{E(error)}</p>""";

    static string Page(HttpContext http, string title, string body)
    {
        var lang = RequestLanguage.Of(http, acceptLanguage: false);
        var html = new StringBuilder();
        html.Append(System.Globalization.CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{RequestLanguage.Code(lang)}"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <title>Ippon — {E(title)}</title><link rel="icon" type="image/svg+xml" href="/favicon.svg" /><link href="/app.css" rel="stylesheet" /></head>
            <body class="ippon-account"><main class="ippon-account-card">
            <div class="ippon-account-brand"><span class="ippon-mark">一本</span> Ippon</div>
            <h1>{E(title)}</h1>
            {body}
            <p class="lang"><a href="/language/ja?return={Uri.EscapeDataString(http.Request.Path + http.Request.QueryString)}">日本語</a> · <a href="/language/en?return={Uri.EscapeDataString(http.Request.Path + http.Request.QueryString)}">English</a></p>
            </main></body></html>
            """);
        return html.ToString();
    }

    static Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult Html(string html, int status = StatusCodes.Status200OK) => TypedResults.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);

    // Escapes markup; Japanese stays readable (HtmlEncoder.Default would write it as character references).
    static readonly HtmlEncoder s_html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    static string E(string text) => s_html.Encode(text);

    static string T(HttpContext http, string ja, string en) => RequestLanguage.Of(http, acceptLanguage: false).T(ja, en);
}
