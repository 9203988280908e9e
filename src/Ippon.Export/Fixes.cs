using Ippon.Checks;
using Ippon.Numbers;

namespace Ippon.Export;

/// <summary>How to fix what each check finds, in words an approver and a planner can act on.</summary>
public static class Fixes
{
    /// <summary>The usual remedy for <paramref name="rule"/>.</summary>
    public static string For(Rule rule, Language l) => rule.Id switch
    {
        "unknown-metric" => l.T("式やアクションの ID の綴りを直すか、その指標を metrics に追加してください。", "Correct the id's spelling or add the metric under metrics."),
        "formula-cycle" => l.T("循環している式のどれか一つを、値 (value) か別の指標からの式に置き換えてください。", "Replace one formula of the loop by a value or by a formula of other metrics."),
        "no-kgi" => l.T("最終目標の指標に role: kgi を付けてください。", "Mark the final goal's metric with role: kgi."),
        "multiple-kgi" => l.T("KGI を一つに絞り、他は KSF か KPI にしてください。", "Keep one KGI; make the others KSFs or KPIs."),
        "ksf-sum-mismatch" => l.T("KSF の目標の合計が KGI の目標と一致するよう配分を見直してください。", "Re-split the KSF targets so that they add up to the KGI's target."),
        "ambiguous-back-calculation" => l.T("逆算する指標を一つに絞るため、他の指標に計画値 (value) を設定してください。", "Give all but one of the inputs a planned value, so that one lever takes the target."),
        "unreachable-target" => l.T("0 になっている前提 (率・単価) を見直すか、目標を現実的な水準に下げてください。", "Revise the assumption that is zero or too low, or lower the target."),
        "invalid-rate" => l.T("率は 0%〜100% の範囲で書いてください。", "Write rates between 0% and 100%."),
        "over-capacity" => l.T("人員・期間を増やす、1回あたりの成果を上げる、または他の施策に分担してください。", "Add people or time, raise the yield per unit, or share the volume with other actions."),
        "negative-count" => l.T("件数をマイナスにしないでください。", "Counts cannot be negative."),
        "formula-dimension" => l.T("式の中の指標の次元 (地域・担当など) をそろえてください。", "Make the dimensions (region, rep) of the formula's metrics agree."),
        "unconnected-metric" => l.T("この指標を KGI につながる式に組み込むか、計画から外してください。", "Connect the metric to the KGI through a formula, or remove it from the plan."),
        "too-many-kpis" => l.T("成果に直結する 3 つ以内の KPI に絞ってください。", "Keep the three KPIs that drive results most."),
        "missing-quality-pair" => l.T("量の KPI に、転換率や単価など質の指標を掛け合わせてください。", "Multiply the volume KPI with a quality metric such as a conversion rate or a unit price."),
        "kpi-without-action" => l.T("この KPI を動かすアクションプラン (誰が・いつまでに・どれだけ) を追加してください。", "Add an action plan that drives this KPI: who, by when, how much."),
        "kpi-not-covered" => l.T("アクションの量か 1 回あたりの成果を増やし、KPI の目標を満たしてください。", "Raise the actions' volume or yield until they cover the KPI's target."),
        "capacity-unknown" => l.T("人数・1人1日あたりの量・稼働日数 (capacity) を書き、実行できるか確かめてください。", "Write the team's capacity (people, per person per day, working days) so that feasibility can be judged."),
        "missing-owner" => l.T("担当 (owner) を決めてください。", "Name an owner."),
        "missing-deadline" => l.T("期限 (deadline) を決めてください。", "Set a deadline."),
        "kgi-without-target" => l.T("KGI に目標値 (target) を書いてください。", "Write the KGI's target."),
        "target-not-met" => l.T("計画値を引き上げる施策を追加するか、前提を見直してください。", "Add actions that raise the planned value, or revise the assumptions."),
        _ => l.T("計画ファイルを見直してください。", "Revise the plan file."),
    };
}
