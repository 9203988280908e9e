using Ippon.Numbers;
using System.Security.Claims;
using Ippon.Storage.Accounts;

namespace Ippon.Web.Features.Accounts;

/// <summary>Who is calling, as the slices need it: the name saves are recorded under, the role, and an editor's department.</summary>
/// <param name="Name">The account's user name or the API token's name.</param>
public sealed record Caller(string Name, AccountRole Role, string? Department)
{
    /// <summary>The claim that carries the role (admin, planner, editor, viewer).</summary>
    public const string RoleClaim = ClaimTypes.Role;

    /// <summary>The claim that carries a department editor's department.</summary>
    public const string DepartmentClaim = "ippon:department";

    /// <summary>Nobody: refused everything (an anonymous request never reaches a slice, but a page might be misused).</summary>
    public static Caller Nobody { get; } = new("anonymous", AccountRole.Viewer, null) { Anonymous = true };

    /// <summary>True for <see cref="Nobody"/>.</summary>
    public bool Anonymous { get; private init; }

    /// <summary>Edits anything of a plan's content (within the department for an editor).</summary>
    public bool CanEdit => !Anonymous && Role >= AccountRole.Editor;

    /// <summary>Creates, imports, duplicates, archives, deletes and restores plans; edits all of them.</summary>
    public bool CanManagePlans => !Anonymous && Role >= AccountRole.Planner;

    public bool IsAdmin => !Anonymous && Role == AccountRole.Admin;

    /// <summary>Whether this caller may change a metric, action or actual owned by <paramref name="owner"/>.</summary>
    public bool Owns(string? owner) =>
        CanManagePlans || (CanEdit && Department is { Length: > 0 } d && string.Equals(owner?.Trim(), d.Trim(), StringComparison.Ordinal));

    /// <summary>
    /// Why the page shows a metric, action or actual owned by <paramref name="owner"/> read-only to this caller, or
    /// null when the caller may change it: the page's side of <see cref="Owns"/> (the server checks it again on save).
    /// </summary>
    public Ippon.Numbers.Message? WhyReadOnly(string? owner)
    {
        if (Owns(owner)) return null;
        if (!CanEdit) return new("閲覧のみ: 閲覧者の役割では変更できません", "read only: a viewer cannot change plans");
        var of = owner is { Length: > 0 } o && !string.IsNullOrWhiteSpace(o) ? o.Trim() : null;
        return of is null
            ? new($"閲覧のみ: 担当部門のない項目です (変更は計画担当者が行います。あなたは {Department} の編集者です)", $"read only: no department owns this (planners change it; you edit for {Department})")
            : new($"閲覧のみ: {of} の担当です (あなたは {Department} の編集者です)", $"read only: owned by {of} (you edit for {Department})");
    }

    /// <summary>The caller of a signed-in principal (a cookie or an API token).</summary>
    public static Caller Of(ClaimsPrincipal? user)
    {
        if (user?.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } name }) return Nobody;
        var role = Enum.TryParse<AccountRole>(user.FindFirst(RoleClaim)?.Value, ignoreCase: true, out var r) ? r : AccountRole.Viewer;
        return new Caller(name, role, user.FindFirst(DepartmentClaim)?.Value);
    }

    /// <summary>The caller of an HTTP request.</summary>
    public static Caller Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return Of(http.User);
    }

    /// <summary>The role's name in claims and the API: admin, planner, editor, viewer.</summary>
    public static string RoleName(AccountRole role) => role.ToString().ToLowerInvariant();

    /// <summary>The role as the page names it: 閲覧者, 編集者, 計画担当者, 管理者 (viewer, editor, planner, admin in English).</summary>
    public static string RoleLabel(AccountRole role, Language language) => language.T(role switch
    {
        AccountRole.Admin => "管理者",
        AccountRole.Planner => "計画担当者",
        AccountRole.Editor => "編集者",
        _ => "閲覧者",
    }, RoleName(role));

    /// <summary><see cref="RoleLabel(AccountRole, Language)"/> of a role's API name (viewer, editor…); an unknown name as it is.</summary>
    public static string RoleLabel(string? roleName, Language language) =>
        Enum.TryParse<AccountRole>(roleName, ignoreCase: true, out var role) ? RoleLabel(role, language) : roleName ?? "";
}
