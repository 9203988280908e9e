using System.Text.RegularExpressions;
using Ippon.Numbers;
using Ippon.Web.Features.Accounts;

namespace Ippon.Web.Features.Conventions;

/// <summary>
/// The words of the history and the audit log: the stored entries keep the plan file's field names and ids (value,
/// win_rate, plan deleted) for the API and the CSV; the page shows them as 値, 受注率, 計画 削除, and a version's
/// bilingual summary ("サンプル計画 / sample plan") in the page's language only.
/// </summary>
public static partial class ChangeWords
{
    /// <summary>A changed field or a lifecycle event in words: value → 値, deleted → 削除.</summary>
    public static string Field(string field, Language language)
    {
        return field switch
        {
            "name" => language.T("名前", "name"),
            "role" => language.T("役割", "role"),
            "formula" => language.T("式", "formula"),
            "value" => language.T("値", "value"),
            "target" => language.T("目標", "target"),
            "planned" => language.T("計画", "plan"),
            "unit" => language.T("単位", "unit"),
            "owner" => language.T("担当", "owner"),
            "deadline" => language.T("期限", "deadline"),
            "due" => language.T("期限", "due"),
            "direction" => language.T("向き", "direction"),
            "note" => language.T("メモ", "note"),
            "vision" => language.T("ビジョン", "vision"),
            "horizon" => language.T("期間", "horizon"),
            "phasing" => language.T("月別の配分", "phasing"),
            "max_kpis_per_owner" => language.T("1人あたりKPI数の上限", "KPIs per owner"),
            "crm" => language.T("CRMの対応", "CRM mapping"),
            "dimensions" => language.T("地域・担当者", "regions and reps"),
            "by" => language.T("メンバー別 (by)", "varies over"),
            "values" => language.T("メンバーの値", "members' values"),
            "targets" => language.T("メンバーの目標", "members' targets"),
            "drives" => language.T("動かす指標", "drives"),
            "volume" => language.T("量", "volume"),
            "per_unit" => language.T("1回あたり", "per unit"),
            "share" => language.T("割合", "share"),
            "capacity" => language.T("キャパシティ", "capacity"),
            "added" => language.T("追加", "added"),
            "removed" => language.T("削除", "removed"),
            "title" => language.T("計画名", "title"),
            "scenario" => language.T("シナリオ", "scenario"),
            "actual" => language.T("実績", "actual"),
            "created" => language.T("作成", "created"),
            "deleted" => language.T("削除", "deleted"),
            "undeleted" => language.T("削除を取り消し", "deletion undone"),
            "archived" => language.T("アーカイブ", "archived"),
            "unarchived" => language.T("アーカイブから戻す", "unarchived"),
            "password" => language.T("パスワード", "password"),
            "locked" => language.T("ロック", "locked"),
            "revoked" => language.T("失効", "revoked"),
            _ => field,
        };
    }

    /// <summary>An audit entry's subject in words: plan → 計画, Q2/win_rate → Q2 受注率, token X → トークン X, a metric id → its name.</summary>
    public static string Subject(string subject, Language language, Func<string, string?> label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (subject == "plan") return language.T("計画", "plan");
        if (subject.StartsWith("token ", StringComparison.Ordinal)) return language.T("APIトークン ", "API token ") + subject[6..];
        if (subject.StartsWith("scenario:", StringComparison.Ordinal)) return language.T("シナリオ ", "scenario ") + subject[9..];
        var slash = subject.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0) return subject[..slash] + " " + (label(subject[(slash + 1)..]) ?? subject[(slash + 1)..]);
        return label(subject) ?? subject;
    }

    /// <summary>An audit value in words: yes/no/reset, and role names (planner / 営業部 → 計画担当者 / 営業部).</summary>
    public static string? Value(string? value, string field, Language language)
    {
        if (value is null) return null;
        return value switch
        {
            "yes" => language.T("はい", "yes"),
            "no" => language.T("いいえ", "no"),
            "reset" => language.T("再設定", "reset"),
            _ when field is "role" or "created" or "deleted" => RoleWords(value, language),
            _ => value,
        };
    }

    static string RoleWords(string value, Language language)
    {
        var slash = value.IndexOf(" / ", StringComparison.Ordinal);
        var role = slash < 0 ? value : value[..slash];
        var named = Caller.RoleLabel(role, language);
        return slash < 0 ? named : named + value[slash..];
    }

    /// <summary>
    /// A version's summary in the page's language: "サンプル計画 / sample plan" → サンプル計画; the saves' own summaries
    /// ("win_rate value 20% → 15%; +kpi_3") with names and words (受注率 の値 20% → 15%; 追加 KPI名). Anything else as stored.
    /// </summary>
    public static string Summary(string summary, Language language, Func<string, string?> label)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(label);
        var suffix = "";
        if (MergedSuffix().Match(summary) is { Success: true } merged)
        {
            suffix = " (" + language.T(merged.Groups[1].Value, merged.Groups[2].Value) + ")";
            summary = summary[..merged.Index];
        }
        if (Bilingual().Match(summary) is { Success: true } both)
            return language.T(both.Groups[1].Value, both.Groups[2].Value) + suffix;
        var parts = summary.Split("; ");
        var words = parts.Select(p => Part(p, language, label)).ToList();
        return (words.All(w => w is not null) ? string.Join("; ", words) : summary) + suffix;
    }

    // One part of a save's summary (PlanDiff.Summary): +id, −id, "id field from → to", "… (+3)"; null when it is not one.
    static string? Part(string part, Language language, Func<string, string?> label)
    {
        if (part.StartsWith("… (+", StringComparison.Ordinal)) return part;
        if (part.Length > 1 && part[0] is '+' or '−')
        {
            var id = part[1..];
            var name = label(id) ?? Scenario(id, language);
            if (name is null) return null;
            return part[0] == '+' ? language.T($"{name} を追加", $"added {name}") : language.T($"{name} を削除", $"removed {name}");
        }
        if (ChangePart().Match(part) is not { Success: true } m) return null;
        var subject = m.Groups[1].Value;
        var who = subject == "plan" ? language.T("計画", "plan") : label(subject) ?? Scenario(subject, language);
        if (who is null) return null;
        var field = Field(m.Groups[2].Value, language);
        var change = $"{Empty(m.Groups[3].Value)} → {Empty(m.Groups[4].Value)}";
        return language.T($"{who} の{field} {change}", $"{who} {field} {change}");
    }

    static string? Scenario(string subject, Language language) =>
        subject.StartsWith("scenario:", StringComparison.Ordinal) ? language.T("シナリオ ", "scenario ") + subject[9..] : null;

    static string Empty(string value) => value == "∅" ? "—" : value;

    [GeneratedRegex(@"^(\S+) ([a-z_]+) (.*) → (.*)$")]
    private static partial Regex ChangePart();

    // "日本語 / English" where the first half has Japanese and the second none: the stored bilingual summaries.
    [GeneratedRegex(@"^(.*[\u3000-\u9fff\uff00-\uffef].*?) / ([^\u3000-\u9fff\uff00-\uffef]+)$")]
    private static partial Regex Bilingual();

    [GeneratedRegex(@" \(([^()]*[\u3000-\u9fff][^()]*) / ([^()\u3000-\u9fff]+)\)$")]
    private static partial Regex MergedSuffix();
}
