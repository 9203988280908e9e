using Ippon.Web.Features.Shared;

namespace Ippon.Web.Features.Accounts;

/// <summary>The refusals of the roles, as failures (403).</summary>
public static class Forbidden
{
    public static Failure Admin => Failure.Forbidden("管理者だけができる操作です", "only an admin may do this");

    public static Failure Plan => Failure.Forbidden("計画の作成・取り込み・複製・アーカイブ・削除・復元は計画担当者と管理者だけができます",
        "only planners and admins may create, import, duplicate, archive, delete or restore plans");

    public static Failure Edit => Failure.Forbidden("閲覧者は変更できません", "a viewer cannot change anything");
}
