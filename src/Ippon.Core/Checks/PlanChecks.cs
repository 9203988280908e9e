using System.Runtime.CompilerServices;
using Ippon.Calculation;
using Ippon.Formulas;
using Ippon.Formulas.Syntax;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Checks;

/// <summary>The checks that need a calculated plan: the method's three failures (too many KPIs, unrealistic actions, KPIs that do not connect), SMART, and the numbers' sanity.</summary>
static class PlanChecks
{
    public static void Run(PlanModel model, IReadOnlyList<MetricResult> metrics, IReadOnlyList<ActionResult> actions, List<Finding> findings)
    {
        Rates(model, findings);
        DerivedRates(metrics, findings);
        Connection(model, metrics, findings);
        TooManyKpis(model, findings);
        QualityPairs(model, metrics, findings);
        Actions(model, metrics, actions, findings);
        Ownership(model, findings);
        Deadlines(model, metrics, findings);
        TargetsMet(metrics, findings);
        if (model.Kgi >= 0 && metrics[model.Kgi].Targets.Any(t => t is null))
        {
            var kgi = model.Metrics[model.Kgi];
            findings.Add(new Finding(Rule.KgiWithoutTarget, kgi.Id, new Message(
                $"KGI {kgi.Label} に target がないため、KSF・KPIの目標を逆算できません。最終目標の数値を target に書いてください",
                $"the KGI {kgi.Label} has no target, so no KSF or KPI target can be back-calculated; write the goal's number as its target")));
        }
        Smart(model, metrics, actions, findings);
    }

    // A metric's written numbers are checked once per metric instance: plans are immutable records and an edit replaces
    // only the metric it changes, so typing the deal rate does not walk the 10,000 reps' win rates again (their
    // dictionaries' enumeration was a tenth of a 10,000-rep calculation). Findings are immutable, so they are shared.
    static readonly ConditionalWeakTable<Metric, Finding[]> s_rates = new();

    static void Rates(PlanModel model, List<Finding> findings)
    {
        foreach (var m in model.Metrics)
        {
            // Only a rate or a count has a range to check (a 10,000-member amount is not walked).
            if (m.Unit.Kind != UnitKind.Ratio && !m.Unit.IsWhole) continue;
            findings.AddRange(s_rates.GetValue(m, RatesOf));
        }
    }

    static Finding[] RatesOf(Metric m)
    {
        // Lazily: the members' labels are formatted only for the one value reported (10,000 reps were 20,000 strings).
        var findings = new List<Finding>(0);
        var written = WrittenNumbers(m);
        if (m.Unit.Kind == UnitKind.Ratio)
        {
            foreach (var (what, value) in written.Where(w => w.Value is < 0 or > 1).Take(1))
            {
                findings.Add(new Finding(Rule.InvalidRate, m.Id, new Message(
                    $"{m.Label} の {what} が {Formatter.Percent(value)} です。率は 0%〜100% で書いてください (例: 20%)",
                    $"{m.Label} has {what} {Formatter.Percent(value)}; a ratio must be between 0% and 100% (e.g. 20%)")));
            }
        }
        else
        {
            foreach (var (what, value) in written.Where(w => w.Value < 0).Take(1))
            {
                findings.Add(new Finding(Rule.NegativeCount, m.Id, new Message(
                    $"{m.Label} の {what} が {Formatter.Plain(value)} です。件数はマイナスにできません",
                    $"{m.Label} has {what} {Formatter.Plain(value)}; a count cannot be negative")));
            }
        }
        return [.. findings];
    }

    static IEnumerable<WrittenNumber> WrittenNumbers(Metric m)
    {
        if (m.Value is { } v) yield return new("value", null, v);
        if (m.Target is { } t) yield return new("target", null, t);
        foreach (var p in m.MemberValues) yield return new("value", p.Key, p.Value);
        foreach (var p in m.MemberTargets) yield return new("target", p.Key, p.Value);
    }

    /// <summary>A number written in the plan: value or target, of the metric or of one member (named in the finding only).</summary>
    readonly record struct WrittenNumber(string Field, string? Member, decimal Value)
    {
        public string What => Member is null ? Field : $"{Field} [{Member}]";

        public void Deconstruct(out string what, out decimal value) => (what, value) = (What, Value);
    }

    // A back-calculated rate above 100% cannot be reached: say which rate and how high it would have to be.
    static void DerivedRates(IReadOnlyList<MetricResult> metrics, List<Finding> findings)
    {
        foreach (var r in metrics.Where(r => r.Metric.Unit.Kind == UnitKind.Ratio))
        {
            for (var k = 0; k < r.Targets.Length; k++)
            {
                if (r.Sources[k] != TargetSource.Derived || r.Targets[k] is not (> 1 and var t)) continue;
                findings.Add(new Finding(Rule.UnreachableTarget, r.Id, new Message(
                    $"{r.Metric.Label} は {Formatter.Percent(t)} 必要になり、100% を超えるため達成できません。他の前提か目標を見直してください",
                    $"{r.Metric.Label} would need to be {Formatter.Percent(t)}, above 100%; revise the other assumptions or the target"))
                { Member = r.Shape.IsScalar ? null : r.Shape.Label(k) });
                break;
            }
        }
    }

    static void Connection(PlanModel model, IReadOnlyList<MetricResult> metrics, List<Finding> findings)
    {
        if (model.Kgi < 0) return;
        var upstream = new HashSet<int> { model.Kgi };
        var stack = new Stack<int>([model.Kgi]);
        while (stack.Count > 0)
        {
            foreach (var i in model.Graph.Inputs(stack.Pop()))
                if (upstream.Add(i)) stack.Push(i);
        }
        var kgi = model.Metrics[model.Kgi];
        for (var m = 0; m < model.Metrics.Length; m++)
        {
            metrics[m].ConnectedToKgi = upstream.Contains(m);
            var metric = model.Metrics[m];
            if (metric.Role is not (MetricRole.Ksf or MetricRole.Kpi) || upstream.Contains(m)) continue;
            findings.Add(new Finding(Rule.UnconnectedMetric, metric.Id, new Message(
                $"{metric.Label} はKGI {kgi.Label} に数式でつながっていません。どの式の入力になるか (例: {kgi.Id} の式) を決めてください",
                $"{metric.Label} does not connect to the KGI {kgi.Label} through formulas; use it in a formula on the way to {kgi.Id}")));
        }
    }

    static void TooManyKpis(PlanModel model, List<Finding> findings)
    {
        var max = model.Plan.Checks.MaxKpisPerOwner;
        foreach (var group in model.Metrics.Where(m => m.Role == MetricRole.Kpi && !string.IsNullOrWhiteSpace(m.Owner)).GroupBy(m => m.Owner!))
        {
            var kpis = group.ToList();
            if (kpis.Count <= max) continue;
            var names = string.Join(", ", kpis.Select(k => k.Label));
            findings.Add(new Finding(Rule.TooManyKpis, group.Key, new Message(
                $"{group.Key} のKPIが {kpis.Count} 個あります ({names})。KGIへの影響が大きい {max} 個に絞り、残りは参考指標 (role なし) にしてください",
                $"{group.Key} has {kpis.Count} KPIs ({names}); keep the {max} with most impact on the KGI and make the others plain metrics (no role)")));
        }
    }

    static void QualityPairs(PlanModel model, IReadOnlyList<MetricResult> metrics, List<Finding> findings)
    {
        var paired = PairedWithQuality(model);
        for (var q = 0; q < model.Metrics.Length; q++)
        {
            var metric = model.Metrics[q];
            if (metric.Role != MetricRole.Kpi || model.Kinds[q] != MetricKind.Quantity || !metrics[q].ConnectedToKgi || q == model.Kgi) continue;
            if (paired[q]) continue;
            findings.Add(new Finding(Rule.MissingQualityPair, metric.Id, new Message(
                $"{metric.Label} は量の指標ですが、KGIまでの式で質の指標 (率・単価など) と掛け合わされていません。例: {metric.Id} * 転換率",
                $"{metric.Label} is a quantity but is not multiplied by any quality metric (a rate, a unit price) on its way to the KGI, e.g. {metric.Id} * conversion_rate")));
        }
    }

    // A metric is paired when, somewhere on its way up through the formulas that read it, a formula multiplies (or
    // divides) what it reads by a quality metric. Computed for all metrics at once, in time linear in the plan: first
    // every metric that a formula multiplies directly by a quality, then everything below those (walking inputs down).
    // Walking up from each KPI separately was quadratic: 17 s on a chain of 10,000 KPIs.
    static bool[] PairedWithQuality(PlanModel model)
    {
        var n = model.Metrics.Length;
        var paired = new bool[n];
        var stack = new Stack<int>();
        for (var parent = 0; parent < n; parent++)
        {
            if (model.Metrics[parent].Formula is not { } f) continue;
            foreach (var id in InProductWithQuality(model, f.Expr))
            {
                if (model.IndexOf(id) is var child && child >= 0 && !paired[child])
                {
                    paired[child] = true;
                    stack.Push(child);
                }
            }
        }
        while (stack.Count > 0)
        {
            foreach (var input in model.Graph.Inputs(stack.Pop()))
            {
                if (paired[input]) continue;
                paired[input] = true;
                stack.Push(input);
            }
        }
        return paired;
    }

    // The ids that a formula multiplies or divides by a quality metric (the id on one side of * or /, anywhere inside
    // that side, a quality among the references of the other side). One pass down the tree after one pass up.
    static HashSet<string> InProductWithQuality(PlanModel model, Expr root)
    {
        var quality = new Dictionary<Expr, bool>(ReferenceEqualityComparer.Instance);
        HasQuality(root);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<(Expr Node, bool InProduct)>([(root, false)]);
        while (stack.Count > 0)
        {
            var (node, inProduct) = stack.Pop();
            switch (node)
            {
                case Ref r when inProduct:
                    found.Add(r.Id);
                    break;
                case Binary { Op: BinaryOp.Multiply or BinaryOp.Divide } b:
                    stack.Push((b.Left, inProduct || quality[b.Right]));
                    stack.Push((b.Right, inProduct || quality[b.Left]));
                    break;
                case Binary b:
                    stack.Push((b.Left, inProduct));
                    stack.Push((b.Right, inProduct));
                    break;
                case Unary u:
                    stack.Push((u.Operand, inProduct));
                    break;
                case Call c:
                    foreach (var a in c.Args) stack.Push((a, inProduct));
                    break;
            }
        }
        return found;

        bool HasQuality(Expr e) => quality[e] = e switch
        {
            Ref r => model.IndexOf(r.Id) is var i && i >= 0 && model.Kinds[i] == MetricKind.Quality,
            Binary b => HasQuality(b.Left) | HasQuality(b.Right),
            Unary u => HasQuality(u.Operand),
            Call c => c.Args.Aggregate(false, (any, a) => HasQuality(a) | any),
            _ => false,
        };
    }

    static void Actions(PlanModel model, IReadOnlyList<MetricResult> metrics, IReadOnlyList<ActionResult> actions, List<Finding> findings)
    {
        var driven = actions.Select(a => a.Action.Drives).ToHashSet();
        for (var m = 0; m < model.Metrics.Length; m++)
        {
            var metric = model.Metrics[m];
            if (metric.Role == MetricRole.Kpi && metric.Formula is null && !driven.Contains(metric.Id))
            {
                findings.Add(new Finding(Rule.KpiWithoutAction, metric.Id, new Message(
                    $"KPI {metric.Label} を動かすアクションがありません。誰が・いつまでに・どれだけ行うかを actions に書いてください (drives: {metric.Id})",
                    $"no action drives the KPI {metric.Label}; add an action (who, by when, how much) with drives: {metric.Id}")));
            }
        }

        foreach (var group in actions.GroupBy(a => a.Action.Drives))
        {
            var m = model.IndexOf(group.Key);
            if (m < 0) continue;
            var r = metrics[m];
            var acts = group.ToList();
            decimal? total = acts.All(a => a.Coverage is not null) ? acts.Sum(a => a.Coverage!.Value) : null;
            r.Coverage = total;
            if (total is not { } c || c >= 1) continue;
            var names = string.Join(", ", acts.Select(a => a.Action.Label));
            findings.Add(new Finding(Rule.KpiNotCovered, r.Id, new Message(
                l => l.T($"アクション ({names}) で {r.Metric.Label} の目標 {Formatter.Format(r.Target, r.Metric.Unit, l)} の {Formatter.Percent(c)} しか確保できません。量を増やすかアクションを追加してください", $"the actions ({names}) produce only {Formatter.Percent(c)} of the target {Formatter.Format(r.Target, r.Metric.Unit, l)} of {r.Metric.Label}; raise their volume or add an action"))));
        }

        foreach (var a in actions)
        {
            var action = a.Action;
            if (action.Capacity?.Value is not { } capacity)
            {
                // An action that shares a team's hours is judged with the team (TeamChecks, which also says when it cannot be).
                if (action.Team is not null) continue;
                findings.Add(new Finding(Rule.CapacityUnknown, action.Id, new Message(
                    $"{action.Label} にキャパシティ (capacity: 人数・1人1日あたり・稼働日数) がないため、実現可能か判断できません",
                    $"{action.Label} has no capacity (people, per person per day, working days), so its feasibility cannot be judged")));
                continue;
            }
            // Per member (a rep's own capacity) the busiest member is named, with how many others are over too.
            var driven2 = model.IndexOf(action.Drives);
            var over = Enumerable.Range(0, a.Volumes.Length).Where(k => a.Volumes[k] > capacity).ToList();
            if (over.Count == 0) continue;
            var worst = over.MaxBy(k => a.Volumes[k]!.Value);
            var v = a.Volumes[worst]!.Value;
            var member = driven2 >= 0 && !model.Shapes[driven2].IsScalar ? model.Shapes[driven2].Label(worst) : null;
            var others = over.Count - 1;
            var need = action.Capacity?.Needed(v);
            var pace = action.Capacity?.PerPerson;
            // Exact in the CLI, its JSON and the documents (1人1日 20.8333 (≒21), published figures read exactly); in the
            // page rounded as it shows numbers (1人1日 約21件 ... 1人1日 15件), the exact pace in the action table's tooltip.
            findings.Add(new Finding(Rule.OverCapacity, action.Id, new Message((l, r) =>
            {
                var who = member is null ? "" : $" [{member}]";
                var also = others == 0 ? "" : l.T($" (他 {others} メンバーも超過)", $" ({others} other members are over too)");
                var unit = action.Unit;
                var per = Formatter.Per(action.Capacity!.Per, l);
                string F(decimal x) => DisplayRounding.InMessage(r, x, unit, l);
                string Pace(decimal x) => r is null ? $"{Formatter.Pace(x)} ({l.T("≒", "≈")}{Formatter.Plain(Arithmetic.CeilingWhole(x))})" : r.About(x, unit, l);
                string Cap(decimal x) => r is null ? Formatter.Plain(x) : r.Format(x, unit, l);
                return (need is { } n && pace is { } cap
                    ? l.T($"{action.Label}{who} は {F(v)} 必要で、1人{per} {Pace(n)} になりますが、キャパシティは1人{per} {Cap(cap)} です (全体 {F(capacity)})。人員・期間を増やすか、目標か率を見直してください",
                        $"{action.Label}{who} needs {F(v)}: {Pace(n)} per person {per}, but the capacity is {Cap(cap)} per person {per} ({F(capacity)} in all); add people or time, or revise the target or rates")
                    : l.T($"{action.Label}{who} は {F(v)} 必要ですが、キャパシティは {F(capacity)} です。人員・期間を増やすか、目標か率を見直してください",
                        $"{action.Label}{who} needs {F(v)} but the capacity is {F(capacity)}; add people or time, or revise the target or rates")) + also;
            }))
            { Member = member });
        }
    }

    static void Ownership(PlanModel model, List<Finding> findings)
    {
        foreach (var m in model.Metrics.Where(m => m.Role is not null && string.IsNullOrWhiteSpace(m.Owner)))
        {
            findings.Add(new Finding(Rule.MissingOwner, m.Id, new Message(
                $"{m.Label} の担当 (owner) がいません。責任を持つ部署か人を書いてください",
                $"nobody owns {m.Label}; set owner to the department or person responsible")));
        }
        foreach (var a in model.Plan.Actions.Where(a => string.IsNullOrWhiteSpace(a.Owner)))
        {
            findings.Add(new Finding(Rule.MissingOwner, a.Id, new Message(
                $"アクション {a.Label} の担当 (owner) がいません。誰が行うかを書いてください",
                $"nobody owns the action {a.Label}; set owner to who does it")));
        }
    }

    static void Deadlines(PlanModel model, IReadOnlyList<MetricResult> metrics, List<Finding> findings)
    {
        var kgiDeadline = model.Kgi >= 0 ? model.Metrics[model.Kgi].Deadline : null;
        var fallback = kgiDeadline ?? model.Plan.Horizon?.End;
        for (var m = 0; m < model.Metrics.Length; m++)
        {
            var metric = model.Metrics[m];
            metrics[m].Deadline = metric.Deadline ?? fallback;
            if (metric.Role is null || metrics[m].Deadline is not null) continue;
            findings.Add(new Finding(Rule.MissingDeadline, metric.Id, new Message(
                $"{metric.Label} に期限 (deadline) がありません。KGIの deadline か計画の horizon を書いてください",
                $"{metric.Label} is not time-bound; give the KGI a deadline or the plan a horizon")));
        }
        foreach (var a in model.Plan.Actions.Where(a => a.Due is null && model.Plan.Horizon is null))
        {
            findings.Add(new Finding(Rule.MissingDeadline, a.Id, new Message(
                $"アクション {a.Label} に期限 (due) がありません。いつまでに行うかを書いてください",
                $"the action {a.Label} has no due date; say by when it is done")));
        }
    }

    static void TargetsMet(IReadOnlyList<MetricResult> metrics, List<Finding> findings)
    {
        foreach (var r in metrics)
        {
            var down = r.Metric.Direction == Direction.Down;
            var shortCells = new List<int>();
            for (var k = 0; k < r.Targets.Length; k++)
            {
                // The direction first: most cells meet or pass their target, and the tolerance is a decimal product per cell.
                if (r.Targets[k] is not { } t || r.Planned[k] is not { } p || !(down ? p > t : p < t)) continue;
                if (Math.Abs(p - t) > MetricResult.Tolerance(t)) shortCells.Add(k);
            }
            if (shortCells.Count == 0) continue;
            var unit = r.Metric.Unit;
            if (r.Shape.IsScalar)
            {
                var t = r.Targets[0]!.Value;
                var p = r.Planned[0]!.Value;
                findings.Add(new Finding(Rule.TargetNotMet, r.Id, new Message(l => l.T($"{r.Metric.Label} の計画 {Formatter.Format(p, unit, l)} が目標 {Formatter.Format(t, unit, l)} に{(down ? "収まりません" : "届きません")} (差 {Formatter.Format(p - t, unit, l)})", $"{r.Metric.Label} is planned at {Formatter.Format(p, unit, l)}, {(down ? "above" : "short of")} its target {Formatter.Format(t, unit, l)} (gap {Formatter.Format(p - t, unit, l)})"))));
            }
            else
            {
                var labels = string.Join(", ", shortCells.Take(5).Select(r.Shape.Label)) + (shortCells.Count > 5 ? ", …" : "");
                findings.Add(new Finding(Rule.TargetNotMet, r.Id, new Message(
                    $"{r.Metric.Label} は {r.Shape.Size} メンバー中 {shortCells.Count} が目標に{(down ? "収まりません" : "届きません")}: {labels}",
                    $"{r.Metric.Label}: {shortCells.Count} of {r.Shape.Size} members fall {(down ? "above" : "short of")} their target: {labels}"))
                { Member = r.Shape.Label(shortCells[0]) });
            }
        }
    }

    static void Smart(PlanModel model, IReadOnlyList<MetricResult> metrics, IReadOnlyList<ActionResult> actions, List<Finding> findings)
    {
        // Sets, not a search of every finding per metric (quadratic on big plans).
        var flagged = findings.Where(f => f.Severity == Severity.Error || f.Rule == Rule.TargetNotMet).Select(f => f.Subject).ToHashSet(StringComparer.Ordinal);
        var actionErrors = findings.Where(f => f.Severity == Severity.Error).Select(f => f.Subject).ToHashSet(StringComparer.Ordinal);
        var overloadedMetrics = actions.Where(a => actionErrors.Contains(a.Id)).Select(a => a.Action.Drives).ToHashSet(StringComparer.Ordinal);
        for (var m = 0; m < model.Metrics.Length; m++)
        {
            var metric = model.Metrics[m];
            if (metric.Role is null) continue;
            var r = metrics[m];
            var errors = flagged.Contains(metric.Id);
            var overloaded = overloadedMetrics.Contains(metric.Id);
            r.Smart = new Smart(
                Specific: !string.IsNullOrWhiteSpace(metric.Name) && metric.Unit.Kind != UnitKind.Number,
                Measurable: r.Targets.All(t => t is not null),
                Achievable: !errors && !overloaded,
                Relevant: r.ConnectedToKgi,
                TimeBound: r.Deadline is not null);
        }
    }
}
