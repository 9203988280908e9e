using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Web.Features.Shared;

/// <summary>
/// What is wrong, as the plan page says it: the field named in the words of the page (リード数の目標, 変更の説明), never a
/// position in the plan file. The page's users edit through forms and never see the file the form wrote, so "28行 3列"
/// points nowhere for them; positions belong to the YAML tab, uploads and the CLI (<see cref="Failure.Describe"/>).
/// </summary>
public static class FieldWords
{
    /// <summary>Every error of <paramref name="failure"/> on its own line: "リード数の目標: 0 以上の数を…"; a column inside a formula (5文字目) stays.</summary>
    /// <param name="plan">The plan the errors are about (the draft), for the names of its metrics and actions.</param>
    public static string Describe(Failure failure, Plan? plan, Language language)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (failure.Errors.IsEmpty) return failure.Title.In(language);
        return string.Join("\n", failure.Errors.Select(e =>
        {
            var message = (e.Line is null ? e : e with { Line = null, Column = null }).Describe(language);
            var field = Name(e.Field, plan, language);
            // Messages about a metric often name it already ("リード数 の計画値が負です"): no need to say it twice.
            return field is null || message.Contains(Subject(e.Field, plan) ?? field, StringComparison.Ordinal) ? message : $"{field}: {message}";
        }));
    }

    /// <summary>The field in words (<c>metrics.leads.target</c> → リード数の目標 / target of リード数), or null when the message is all there is to say (<c>yaml</c>).</summary>
    public static string? Name(string field, Plan? plan, Language language)
    {
        ArgumentNullException.ThrowIfNull(field);
        var parts = field.Split('.', 3);
        if (parts is ["metrics" or "actions", var id, ..])
        {
            var subject = Subject(field, plan) ?? (parts[0] == "metrics" ? new Message("新しい指標", "the new metric") : new Message("新しいアクション", "the new action")).In(language);
            if (parts.Length < 3) return subject;
            return Properties.TryGetValue(parts[2], out var p) ? language.T($"{subject}の{p.In(language)}", $"{p.In(language)} of {subject}") : subject;
        }
        return Properties.TryGetValue(field, out var word) ? word.In(language) : null;
    }

    // The metric's or action's name (リード数) for metrics.ID… and actions.ID…, when the plan has it.
    static string? Subject(string field, Plan? plan)
    {
        var parts = field.Split('.', 3);
        return parts switch
        {
            ["metrics", var id, ..] => plan?.Find(id)?.Label,
            ["actions", var id, ..] => plan?.FindAction(id)?.Label,
            _ => null,
        };
    }

    static readonly Dictionary<string, Message> Properties = new(StringComparer.Ordinal)
    {
        ["name"] = new("名前", "name"),
        ["id"] = new("ID", "id"),
        ["role"] = new("役割", "role"),
        ["owner"] = new("担当", "owner"),
        ["formula"] = new("式", "formula"),
        ["value"] = new("値", "value"),
        ["target"] = new("目標", "target"),
        ["unit"] = new("単位", "unit"),
        ["deadline"] = new("期限", "deadline"),
        ["due"] = new("期限", "due date"),
        ["drives"] = new("動かす指標", "metric it drives"),
        ["per_unit"] = new("1回あたりの成果", "yield per unit"),
        ["share"] = new("割合", "share"),
        ["volume"] = new("実施量", "volume"),
        ["capacity"] = new("キャパシティ", "capacity"),
        ["summary"] = new("変更の説明", "change note"),
        ["plan"] = new("計画", "plan"),
        ["scenario"] = new("シナリオ", "scenario"),
        ["scenario.name"] = new("シナリオ名", "scenario name"),
        ["horizon"] = new("期間", "horizon"),
        ["horizon.period"] = new("期間の区切り", "period"),
        ["horizon.end"] = new("終了日", "end date"),
        ["phasing"] = new("期間配分", "phasing"),
        ["checks.max_kpis_per_owner"] = new("担当ごとのKPI数の上限", "KPIs per owner"),
    };
}
