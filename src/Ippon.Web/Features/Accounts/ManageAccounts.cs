using System.Security.Cryptography;
using Ippon.Numbers;
using Ippon.Storage;
using Ippon.Storage.Accounts;
using Ippon.Storage.Audit;
using Ippon.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ippon.Web.Features.Accounts;

/// <summary>Accounts and API tokens, for admins: the endpoints under /api/users and /api/tokens, and the admin page.</summary>
public static class ManageAccounts
{
    /// <summary>A new account: a password of at least 12 characters, a role, and a department for an editor.</summary>
    public sealed record NewAccount(string UserName, string Password, string Role, string? Department);

    /// <summary>Changes to an account; absent fields stay.</summary>
    public sealed record AccountChange(string? Role, string? Department, string? Password, bool? Locked);

    /// <summary>A new API token.</summary>
    public sealed record NewToken(string Name, string Role, string? Department);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me", (HttpContext http) =>
            {
                var c = Caller.Of(http);
                return TypedResults.Ok(new { name = c.Name, role = Caller.RoleName(c.Role), department = c.Department });
            })
            .WithTags("Accounts").WithName("Me").WithSummary("The signed-in account or token: name, role, department")
            .RequireAuthorization(Access.Read);
        var users = app.MapGroup("/api/users").WithTags("Accounts").RequireAuthorization(Access.Admin);
        users.MapGet("/", async (AccountAdmin accounts, CancellationToken ct) => TypedResults.Ok(await accounts.AccountsAsync(ct)))
            .WithName("ListUsers").WithSummary("Every account (admin)");
        users.MapPost("/", async (NewAccount body, AccountAdmin accounts, HttpContext http) =>
                (await accounts.CreateAsync(body, Caller.Of(http))).ToHttp(RequestLanguage.Of(http), a => TypedResults.Created($"/api/users/{a.Id}", a)))
            .WithName("CreateUser").WithSummary("Create an account (admin)").ProducesProblem(StatusCodes.Status400BadRequest);
        users.MapPut("/{id}", async (string id, AccountChange body, AccountAdmin accounts, HttpContext http) =>
                (await accounts.ChangeAsync(id, body, Caller.Of(http))).ToHttp(RequestLanguage.Of(http), a => TypedResults.Ok(a)))
            .WithName("ChangeUser").WithSummary("Change an account's role, department, password or lock (admin)").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        users.MapDelete("/{id}", async (string id, AccountAdmin accounts, HttpContext http) =>
                (await accounts.DeleteAsync(id, Caller.Of(http))).ToHttp(RequestLanguage.Of(http), a => TypedResults.Ok(a)))
            .WithName("DeleteUser").WithSummary("Delete an account (admin; not the last admin)").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        var tokens = app.MapGroup("/api/tokens").WithTags("Accounts").RequireAuthorization(Access.Admin);
        tokens.MapGet("/", async (AccountAdmin accounts, CancellationToken ct) => TypedResults.Ok(await accounts.TokensAsync(ct)))
            .WithName("ListTokens").WithSummary("Every API token, without secrets (admin)");
        tokens.MapPost("/", async (NewToken body, AccountAdmin accounts, HttpContext http, CancellationToken ct) =>
                (await accounts.CreateTokenAsync(body, Caller.Of(http), ct)).ToHttp(RequestLanguage.Of(http), t => TypedResults.Created($"/api/tokens/{t.Id}", t)))
            .WithName("CreateToken").WithSummary("Create an API token; its secret is in this answer only (admin)").ProducesProblem(StatusCodes.Status400BadRequest);
        tokens.MapDelete("/{id:guid}", async (Guid id, AccountAdmin accounts, HttpContext http, CancellationToken ct) =>
                (await accounts.RevokeTokenAsync(id, Caller.Of(http), ct)).ToHttp(RequestLanguage.Of(http), t => TypedResults.Ok(t)))
            .WithName("RevokeToken").WithSummary("Revoke an API token at once (admin)").ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<List<AccountInfo>> ListAsync(UserManager<IpponUser> manager, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var all = await manager.Users.AsNoTracking().ToListAsync(ct);
        var now = DateTimeOffset.UtcNow;
        var sso = await manager.Users.Where(u => u.PasswordHash == null).Select(u => u.Id).ToListAsync(ct);
        return [.. all.OrderBy(u => u.UserName, StringComparer.Ordinal).Select(u => Info(u, now, sso.Contains(u.Id)))];
    }

    static AccountInfo Info(IpponUser u, DateTimeOffset now, bool sso) =>
        new(u.Id, u.UserName ?? "", Caller.RoleName(u.Role), u.Department, u.LockoutEnd > now, u.MustChangePassword, sso);

    public static async Task<Outcome<AccountInfo>> CreateAsync(UserManager<IpponUser> manager, IpponDb db, NewAccount body, Caller caller, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(time);
        if (!caller.IsAdmin) return Forbidden.Admin;
        if (Role(body.Role) is not { } role) return BadRole(body.Role);
        if (role == AccountRole.Editor && string.IsNullOrWhiteSpace(body.Department))
            return Failure.Invalid("department", "部門編集者には部門が必要です (指標の owner と同じ名前)", "a department editor needs a department (the same name as the metrics' owner)");
        var user = new IpponUser { UserName = body.UserName?.Trim(), Role = role, Department = Clean(body.Department), CreatedAt = time.GetUtcNow().UtcDateTime };
        var created = await manager.CreateAsync(user, body.Password ?? "");
        if (!created.Succeeded) return Invalid(created);
        await Audit(db, caller, time, user.UserName!, "created", null, $"{Caller.RoleName(role)}{(user.Department is null ? "" : " / " + user.Department)}");
        return Info(user, DateTimeOffset.UtcNow, false);
    }

    public static async Task<Outcome<AccountInfo>> ChangeAsync(UserManager<IpponUser> manager, IpponDb db, string id, AccountChange body, Caller caller, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(time);
        if (!caller.IsAdmin) return Forbidden.Admin;
        var user = await manager.FindByIdAsync(id);
        if (user is null) return Failure.NotFound($"user {id}");
        var before = $"{Caller.RoleName(user.Role)}{(user.Department is null ? "" : " / " + user.Department)}";
        if (body.Role is not null)
        {
            if (Role(body.Role) is not { } role) return BadRole(body.Role);
            if (user.Role == AccountRole.Admin && role != AccountRole.Admin && await manager.Users.CountAsync(u => u.Role == AccountRole.Admin) == 1)
                return Failure.Invalid("role", "最後の管理者の役割は変えられません", "the last admin cannot lose the admin role");
            user.Role = role;
        }
        if (body.Department is not null) user.Department = Clean(body.Department);
        if (user.Role == AccountRole.Editor && string.IsNullOrWhiteSpace(user.Department))
            return Failure.Invalid("department", "部門編集者には部門が必要です", "a department editor needs a department");
        if (body.Password is { } password)
        {
            var reset = await manager.RemovePasswordAsync(user);
            if (reset.Succeeded) reset = await manager.AddPasswordAsync(user, password);
            if (!reset.Succeeded) return Invalid(reset);
        }
        if (body.Locked is { } locked) await manager.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        // A new security stamp: the account's other sessions pick up the change (or end) within a minute.
        await manager.UpdateSecurityStampAsync(user);
        var updated = await manager.UpdateAsync(user);
        if (!updated.Succeeded) return Invalid(updated);
        var after = $"{Caller.RoleName(user.Role)}{(user.Department is null ? "" : " / " + user.Department)}";
        if (after != before) await Audit(db, caller, time, user.UserName!, "role", before, after);
        if (body.Password is not null) await Audit(db, caller, time, user.UserName!, "password", null, "reset");
        if (body.Locked is { } l) await Audit(db, caller, time, user.UserName!, "locked", null, l ? "yes" : "no");
        return Info(user, DateTimeOffset.UtcNow, user.PasswordHash is null);
    }

    public static async Task<Outcome<AccountInfo>> DeleteAsync(UserManager<IpponUser> manager, IpponDb db, string id, Caller caller, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsAdmin) return Forbidden.Admin;
        var user = await manager.FindByIdAsync(id);
        if (user is null) return Failure.NotFound($"user {id}");
        if (user.Role == AccountRole.Admin && await manager.Users.CountAsync(u => u.Role == AccountRole.Admin) == 1)
            return Failure.Invalid("id", "最後の管理者は削除できません", "the last admin cannot be deleted");
        var info = Info(user, DateTimeOffset.UtcNow, user.PasswordHash is null);
        var deleted = await manager.DeleteAsync(user);
        if (!deleted.Succeeded) return Invalid(deleted);
        await Audit(db, caller, time, user.UserName!, "deleted", info.Role, null);
        return info;
    }

    public static async Task<List<TokenInfo>> ListTokensAsync(IpponDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var all = await db.ApiTokens.AsNoTracking().ToListAsync(ct);
        return [.. all.OrderBy(t => t.CreatedAt).Select(t => Info(t, null))];
    }

    static TokenInfo Info(ApiToken t, string? secret) => new(t.Id, t.Name, t.Prefix, Caller.RoleName(t.Role), t.Department, t.CreatedBy, t.CreatedAt, t.RevokedAt, secret);

    public static async Task<Outcome<TokenInfo>> CreateTokenAsync(IpponDb db, NewToken body, Caller caller, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(time);
        if (!caller.IsAdmin) return Forbidden.Admin;
        if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Trim().Length > 100)
            return Failure.Invalid("name", "トークンの名前 (1〜100文字) が必要です", "a token needs a name of 1 to 100 characters");
        if (Role(body.Role) is not { } role) return BadRole(body.Role);
        if (role == AccountRole.Editor && string.IsNullOrWhiteSpace(body.Department))
            return Failure.Invalid("department", "部門編集者のトークンには部門が必要です", "a department editor's token needs a department");
        var secret = TokenAuthentication.Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var token = new ApiToken(Guid.NewGuid(), body.Name.Trim(), TokenAuthentication.Hash(secret), secret[..12], role, Clean(body.Department), caller.Name, time.GetUtcNow().UtcDateTime);
        db.ApiTokens.Add(token);
        db.AuditEntries.Add(Entry(caller, time, "token " + token.Name, "created", null, Caller.RoleName(role) + (token.Department is null ? "" : " / " + token.Department)));
        await db.SaveChangesAsync(ct);
        return Info(token, secret);
    }

    public static async Task<Outcome<TokenInfo>> RevokeTokenAsync(IpponDb db, Guid id, Caller caller, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(time);
        if (!caller.IsAdmin) return Forbidden.Admin;
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (token is null) return Failure.NotFound($"token {id}");
        token.Revoke(time.GetUtcNow().UtcDateTime);
        db.AuditEntries.Add(Entry(caller, time, "token " + token.Name, "revoked", null, "yes"));
        await db.SaveChangesAsync(ct);
        return Info(token, null);
    }

    /// <summary>The role named <paramref name="name"/> (admin, planner, editor, viewer), or null.</summary>
    public static AccountRole? Role(string? name) =>
        Enum.TryParse<AccountRole>(name?.Trim(), ignoreCase: true, out var r) && Enum.IsDefined(r) && !int.TryParse(name, out _) ? r : null;

    static Failure BadRole(string? name) => Failure.Invalid("role", $"役割 '{name}' はありません。admin, planner, editor, viewer のどれかです",
        $"no role '{name}'; expected admin, planner, editor or viewer");

    static Failure Invalid(IdentityResult result) =>
        Failure.Invalid([.. result.Errors.Select(e => new FieldError(e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "user_name", new Message(e.Description, e.Description)))]);

    static string? Clean(string? department) => string.IsNullOrWhiteSpace(department) ? null : department.Trim();

    static AuditEntry Entry(Caller caller, TimeProvider time, string subject, string field, string? from, string? to) =>
        new(null, null, time.GetUtcNow().UtcDateTime, caller.Name, "account", subject, field, from, to, null);

    static async Task Audit(IpponDb db, Caller caller, TimeProvider time, string subject, string field, string? from, string? to)
    {
        db.AuditEntries.Add(Entry(caller, time, subject, field, from, to));
        await db.SaveChangesAsync();
    }
}
