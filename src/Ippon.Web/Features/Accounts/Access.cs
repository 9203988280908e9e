namespace Ippon.Web.Features.Accounts;

/// <summary>The authorization policies every endpoint and page names (or falls back to: any signed-in account).</summary>
public static class Access
{
    /// <summary>Any signed-in account or token: read plans, versions, calculations, reviews, actuals, the audit trail.</summary>
    public const string Read = "read";

    /// <summary>Editors, planners and admins: change plan content and actuals (an editor only what their department owns; checked by the slice).</summary>
    public const string Edit = "edit";

    /// <summary>Planners and admins: create, import, duplicate, archive, delete, restore plans.</summary>
    public const string Plan = "plan";

    /// <summary>Admins: accounts and API tokens.</summary>
    public const string Admin = "admin";
}
