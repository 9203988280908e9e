namespace Ippon.Checks;

/// <summary>A check's id and severity; the ids are part of the public contract.</summary>
public sealed record Rule(string Id, Severity Severity, string SummaryJa, string SummaryEn)
{
    public static readonly Rule UnknownMetric = new("unknown-metric", Severity.Error, "存在しない指標IDを参照しています", "a formula or action names an id that does not exist");
    public static readonly Rule FormulaCycle = new("formula-cycle", Severity.Error, "式が循環しています", "formulas depend on each other in a loop");
    public static readonly Rule NoKgi = new("no-kgi", Severity.Error, "KGIがありません", "the plan has no KGI");
    public static readonly Rule MultipleKgi = new("multiple-kgi", Severity.Error, "KGIが複数あります", "the plan has more than one KGI");
    public static readonly Rule KsfSumMismatch = new("ksf-sum-mismatch", Severity.Error, "内訳の目標の合計が親の目標と一致しません", "the explicit targets of a sum's inputs do not add up to its target");
    public static readonly Rule AmbiguousBackCalculation = new("ambiguous-back-calculation", Severity.Error, "目標を一意に逆算できません", "a target cannot be split onto its levers");
    public static readonly Rule UnreachableTarget = new("unreachable-target", Severity.Error, "到達できない目標です", "a target needs division by zero or no value can meet it");
    public static readonly Rule InvalidRate = new("invalid-rate", Severity.Error, "率が0%〜100%の範囲外です", "a ratio value or target is below 0 or above 100%");
    public static readonly Rule OverCapacity = new("over-capacity", Severity.Error, "アクション量がキャパシティを超えています", "an action's volume exceeds its capacity");
    public static readonly Rule VolumeOutOfBounds = new("volume-out-of-bounds", Severity.Error, "アクション量が上限・下限を外れています", "an action's volume is above its max or below its min");
    public static readonly Rule NegativeCount = new("negative-count", Severity.Error, "件数がマイナスです", "a count value or target is below zero");
    public static readonly Rule FormulaShape = new("formula-dimension", Severity.Error, "式の次元が合いません", "a formula mixes dimensions it cannot combine");
    public static readonly Rule UnconnectedMetric = new("unconnected-metric", Severity.Warning, "KGIに数式でつながっていません", "a KSF or KPI does not connect to the KGI through formulas");
    public static readonly Rule TooManyKpis = new("too-many-kpis", Severity.Warning, "KPIが多すぎます", "an owner has more KPIs than max_kpis_per_owner");
    public static readonly Rule MissingQualityPair = new("missing-quality-pair", Severity.Warning, "量のKPIに質の指標が掛け合わされていません", "a quantity KPI is not multiplied with any quality metric on its way to the KGI");
    public static readonly Rule KpiWithoutAction = new("kpi-without-action", Severity.Warning, "KPIを動かすアクションがありません", "a KPI with no formula has no action that drives it");
    public static readonly Rule KpiNotCovered = new("kpi-not-covered", Severity.Warning, "アクションがKPIの目標をカバーしていません", "the actions driving a metric cover less than its target");
    public static readonly Rule CapacityUnknown = new("capacity-unknown", Severity.Warning, "キャパシティが未設定です", "an action has no capacity, so its feasibility cannot be judged");
    public static readonly Rule MissingOwner = new("missing-owner", Severity.Warning, "担当が未設定です", "nobody owns it");
    public static readonly Rule MissingDeadline = new("missing-deadline", Severity.Warning, "期限が未設定です", "it is not time-bound");
    public static readonly Rule KgiWithoutTarget = new("kgi-without-target", Severity.Warning, "KGIに目標値がありません", "the KGI has no target, so nothing can be back-calculated");
    public static readonly Rule OutOfRange = new("out-of-range", Severity.Error, "数値が計算できる範囲を超えます", "a value or a result leaves the range of exact arithmetic");
    public static readonly Rule TargetNotMet = new("target-not-met", Severity.Warning, "計画値が目標に届きません", "a metric's planned value falls short of its target");

    /// <summary>Every rule, in the order of the contract's table.</summary>
    public static readonly IReadOnlyList<Rule> All =
    [
        UnknownMetric, FormulaCycle, NoKgi, MultipleKgi, KsfSumMismatch, AmbiguousBackCalculation, UnreachableTarget,
        InvalidRate, OverCapacity, VolumeOutOfBounds, NegativeCount, FormulaShape, UnconnectedMetric, TooManyKpis, MissingQualityPair,
        KpiWithoutAction, KpiNotCovered, CapacityUnknown, MissingOwner, MissingDeadline, TargetNotMet, KgiWithoutTarget,
        OutOfRange,
    ];
}
