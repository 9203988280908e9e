using System.Globalization;
using System.Text;
using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Export.Approval.Sections;
using Ippon.Export.Diagram;
using Ippon.Numbers;
using Ippon.Plans;

namespace Ippon.Export.Markdown;

/// <summary>The plan for wikis and pull requests: the KGI, the tree as a Mermaid diagram, the formula chain and tables.</summary>
public static class MarkdownDocument
{
    public static string Render(ExportContext c)
    {
        var r = c.Result;
        var l = c.Language;
        var roots = PlanTree.Build(r, l);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Md.Escape(r.Plan.Title)).AppendLine();
        var meta = new List<string>();
        if (r.Plan.Author is { } author) meta.Add($"{c.T("起案者", "Author")}: {Md.Escape(author)}");
        meta.Add($"{c.T("作成日", "Date")}: {Words.Date(c.Date, l)}");
        if (r.Plan.Horizon is { } h) meta.Add($"{c.T("計画期間", "Horizon")}: {Words.Date(h.Start, l)} – {Words.Date(h.End, l)}");
        if (r.Scenario is { } s) meta.Add($"{c.T("シナリオ", "Scenario")}: {Md.Escape(s)}");
        md.AppendLine(string.Join(" · ", meta)).AppendLine();
        if (r.Plan.Vision is { } vision) md.AppendLine(CultureInfo.InvariantCulture, $"> {c.T("ビジョン", "Vision")}: {Md.Escape(vision)}").AppendLine();
        if (r.Kgi is { } kgi)
        {
            md.AppendLine($"**KGI {Md.Escape(kgi.Metric.Label)}: {Md.Escape(Formatter.Format(kgi.Target, kgi.Metric.Unit, l))}**"
                + (kgi.Deadline is { } d ? $" ({c.T("期限", "due")} {Words.Date(d, l)})" : "")
                + $" — {Words.Planned(l)} {Md.Escape(Formatter.Format(kgi.PlannedValue, kgi.Metric.Unit, l))}, {Words.State(States.Of(r, kgi), l)}").AppendLine();
        }
        var errors = r.Findings.Count(f => f.Severity == Severity.Error);
        var warnings = r.Findings.Count(f => f.Severity == Severity.Warning);
        md.AppendLine(errors + warnings == 0
            ? c.T("✅ チェック: エラー・警告なし", "✅ Checks: no errors, no warnings")
            : c.T($"⚠️ チェック: エラー {errors} 件、警告 {warnings} 件", $"⚠️ Checks: {errors} error(s), {warnings} warning(s)")).AppendLine();

        Tree(md, r, roots, c);
        Chain(md, r, roots, c);
        Metrics(md, r, roots, c);
        Actions(md, r, c);
        Assumptions(md, r, c);
        Sensitivity(md, c);
        Review(md, c);
        Findings(md, r, c);
        return md.ToString();
    }

    static void Tree(StringBuilder md, PlanResult r, IReadOnlyList<DiagramNode> roots, ExportContext c)
    {
        if (roots.Count == 0) return;
        md.AppendLine(CultureInfo.InvariantCulture, $"## {c.T("KPI ツリー", "KPI tree")}").AppendLine();
        md.AppendLine("```mermaid").AppendLine("flowchart TD");
        var edges = new List<string>();
        var states = new Dictionary<State, List<string>>();
        void Walk(DiagramNode n, string? parent)
        {
            var id = NodeId(n);
            if (n.Kind != BoxKind.Reference)
            {
                var label = $"{n.Tag} {n.Title}<br/>{string.Join("<br/>", n.Lines)}";
                md.Append("  ").Append(id).Append("[\"").Append(Md.Mermaid(label).Replace("#lt;br/#gt;", "<br/>", StringComparison.Ordinal)).AppendLine("\"]");
                if (!states.TryGetValue(n.State, out var list)) states[n.State] = list = [];
                list.Add(id);
            }
            if (parent is not null) edges.Add($"  {parent} --> {id}");
            foreach (var child in n.Children) Walk(child, id);
        }
        foreach (var root in roots) Walk(root, null);
        foreach (var e in edges) md.AppendLine(e);
        foreach (var (state, ids) in states.Where(p => p.Key != State.None))
        {
            var name = state.ToString().ToLowerInvariant();
            md.AppendLine(CultureInfo.InvariantCulture, $"  classDef {name} stroke:{SvgDiagram.Colour(state)},stroke-width:2px");
            md.AppendLine(CultureInfo.InvariantCulture, $"  class {string.Join(",", ids)} {name}");
        }
        md.AppendLine("```").AppendLine();
    }

    // Mermaid reserves words such as "end": every node id gets a prefix.
    static string NodeId(DiagramNode n) => (n.Kind == BoxKind.Action ? "a_" : "m_") + n.Id;

    static void Chain(StringBuilder md, PlanResult r, IReadOnlyList<DiagramNode> roots, ExportContext c)
    {
        var l = c.Language;
        var metrics = PlanOrder.Metrics(r, roots).Where(m => m.Derivation is not null).ToList();
        if (metrics.Count == 0) return;
        md.AppendLine(CultureInfo.InvariantCulture, $"## {c.T("逆算の流れ", "Back-calculation")}").AppendLine();
        foreach (var end in metrics.Where(m => !metrics.Any(o => o.Derivation?.Parent == m.Id)))
        {
            if (Explain.Chain(r, end, l) is not { } chain) continue;
            md.AppendLine(CultureInfo.InvariantCulture, $"{Md.Escape(end.Metric.Label)}:").AppendLine().AppendLine("```text").AppendLine(chain.Replace(" → ", "\n→ ", StringComparison.Ordinal)).AppendLine("```").AppendLine();
        }
        md.AppendLine(CultureInfo.InvariantCulture, $"| {c.T("指標", "Metric")} | {c.T("目標の求め方", "Derived as")} | {c.T("計算", "Calculation")} |").AppendLine("|---|---|---|");
        foreach (var m in metrics)
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Md.Escape(m.Metric.Label)} | {Md.Escape(FormulaText.Derivation(r, m, l))} | {Md.Escape(Explain.Step(r, m, l))} |");
        foreach (var a in r.Actions.Where(a => a.Volume is not null))
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Md.Escape(a.Action.Label)} | {Words.Action(l)} | {Md.Escape(BackCalculationSection.Sizing(r, a, l))} |");
        md.AppendLine();
    }

    static void Metrics(StringBuilder md, PlanResult r, IReadOnlyList<DiagramNode> roots, ExportContext c)
    {
        var l = c.Language;
        md.AppendLine(CultureInfo.InvariantCulture, $"## {c.T("指標", "Metrics")}").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"| {c.T("層", "Layer")} | {c.T("指標", "Metric")} | ID | {c.T("式", "Formula")} | {Words.Target(l)} | {Words.Planned(l)} | {Words.Gap(l)} | {Words.Owner(l)} | {c.T("状態", "State")} |");
        md.AppendLine("|---|---|---|---|--:|--:|--:|---|---|");
        foreach (var m in PlanOrder.Metrics(r, roots))
        {
            var assumption = Words.IsAssumption(m.Metric);
            var formula = m.Metric.Formula is { } f ? $"`{f.Text.Replace("`", "", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)}`" : "";
            md.AppendLine(CultureInfo.InvariantCulture, $"| {PlanWords.Role(m.Metric, l)} | {Md.Escape(m.Metric.Label)} | `{m.Id}` | {formula} | {(assumption ? "" : Md.Escape(Formatter.Format(m.Target, m.Metric.Unit, l)))} | {Md.Escape(Formatter.Format(m.PlannedValue, m.Metric.Unit, l))} | {(assumption ? "" : Md.Escape(Words.Signed(m.Gap, m.Metric.Unit, l)))} | {Md.Escape(m.Metric.Owner)} | {(assumption ? "" : Words.State(States.Of(r, m), l))} |");
        }
        md.AppendLine();
    }

    static void Actions(StringBuilder md, PlanResult r, ExportContext c)
    {
        if (r.Actions.IsEmpty) return;
        var l = c.Language;
        md.AppendLine(CultureInfo.InvariantCulture, $"## {c.T("アクションプラン", "Action plans")}").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"| {Words.Action(l)} | {c.T("対象", "Drives")} | {Words.Owner(l)} | {Words.Due(l)} | {Words.Volume(l)} | {Words.Capacity(l)} | {Words.Load(l)} | {Words.Coverage(l)} |");
        md.AppendLine("|---|---|---|---|--:|--:|---|--:|");
        foreach (var a in r.Actions)
        {
            var action = a.Action;
            var load = a.Load is { } x ? $"{LoadBar(x)} {Formatter.Percent(x)}" : c.T("キャパ未設定", "capacity unknown");
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Md.Escape(action.Label)} | {Md.Escape(r.Metric(action.Drives)?.Metric.Label ?? action.Drives)} | {Md.Escape(action.Owner)} | {(action.Due is { } d ? Words.Date(d, l) : "")} | {Md.Escape(Formatter.Format(a.Volume, action.Unit, l))} | {Md.Escape(Formatter.Format(a.Capacity, action.Unit, l))} | {load} | {(a.Coverage is { } cov ? Formatter.Percent(cov) : "")} |");
        }
        md.AppendLine();
    }

    // Ten blocks: ▰ for each tenth of the capacity used, ▱ for the rest; over capacity is all full with a mark.
    static string LoadBar(decimal load)
    {
        var full = (int)Math.Clamp(Math.Round(load * 10m, MidpointRounding.AwayFromZero), 0, 10);
        return new string('▰', full) + new string('▱', 10 - full) + (load > 1m ? "‼" : "");
    }

    static void Assumptions(StringBuilder md, PlanResult r, ExportContext c)
    {
        var assumptions = r.Metrics.Where(m => Words.IsAssumption(m.Metric)).ToList();
        if (assumptions.Count == 0) return;
        var l = c.Language;
        md.AppendLine(CultureInfo.InvariantCulture, $"## {c.T("前提条件", "Assumptions")}").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"| {c.T("前提", "Assumption")} | ID | {c.T("値", "Value")} | {c.T("備考", "Note")} |").AppendLine("|---|---|--:|---|");
        foreach (var m in assumptions)
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Md.Escape(m.Metric.Label)} | `{m.Id}` | {Md.Escape(Formatter.Format(m.PlannedValue ?? m.Metric.Value, m.Metric.Unit, l))} | {Md.Escape(m.Metric.Note)} |");
        md.AppendLine();
    }

    static void Sensitivity(StringBuilder md, ExportContext c)
    {
        var factors = c.Sensitivity.Factors.Where(f => f.Swing > 0).ToList();
        if (factors.Count == 0 || c.Sensitivity.Kgi is not { } kgi) return;
        var l = c.Language;
        var unit = kgi.Metric.Unit;
        var step = Formatter.Percent(c.Sensitivity.Step);
        md.AppendLine(CultureInfo.InvariantCulture, $"## {c.T("感応度", "Sensitivity")}").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{c.T($"各入力を ±{step} 動かしたときの{Md.Escape(kgi.Metric.Label)} (大きい順)", $"{Md.Escape(kgi.Metric.Label)} with each input moved ±{step} (largest swing first)")}:").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"| {c.T("入力", "Input")} | {Words.Planned(l)} | −{step} | +{step} | {c.T("振れ幅", "Swing")} | {c.T("弾性値", "Elasticity")} |").AppendLine("|---|--:|--:|--:|--:|--:|");
        foreach (var f in factors)
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Md.Escape(f.Metric.Label)} | {Md.Escape(Formatter.Format(f.Baseline, f.Metric.Unit, l))} | {Md.Escape(Formatter.Format(f.KgiLow, unit, l))} | {Md.Escape(Formatter.Format(f.KgiHigh, unit, l))} | {Md.Escape(Formatter.Format(f.Swing, unit, l))} | {(f.Elasticity is { } e ? e.ToString("0.00", CultureInfo.InvariantCulture) : "")} |");
        md.AppendLine();
    }

    static void Review(StringBuilder md, ExportContext c)
    {
        if (c.Review is not { } review) return;
        var l = c.Language;
        md.AppendLine(CultureInfo.InvariantCulture, $"## {c.T($"実績レビュー ({review.AsOf.Label} 時点)", $"Review as of {review.AsOf.Label}")}").AppendLine();
        if (review.Kgi is { } k && review.Baseline.Kgi is { } kgi)
        {
            var unit = kgi.Metric.Unit;
            md.AppendLine(CultureInfo.InvariantCulture, $"{c.T("KGI 着地予測", "KGI landing")}: **{Md.Escape(Formatter.Format(k.Forecast, unit, l))}** ({Words.Target(l)} {Md.Escape(Formatter.Format(k.Target, unit, l))}, {Words.Gap(l)} {Md.Escape(Words.Signed(k.ForecastGap, unit, l))}); {c.T("現ペースなら", "at the pace to date")} {Md.Escape(Formatter.Format(k.ForecastRunRate, unit, l))}").AppendLine();
        }
        md.AppendLine(CultureInfo.InvariantCulture, $"| {c.T("指標", "Metric")} | {c.T("累計計画", "Plan to date")} | {c.T("累計実績", "Actual to date")} | {c.T("達成率", "Attained")} | {c.T("当初目標", "Target")} | {c.T("再計画目標", "Re-planned")} | {c.T("残り", "Remaining")} |").AppendLine("|---|--:|--:|--:|--:|--:|--:|");
        foreach (var m in review.Metrics.Where(m => m.Member is null && m.ActualToDate is not null))
        {
            var unit = m.Metric.Metric.Unit;
            string F(decimal? v) => Md.Escape(Formatter.Format(v, unit, l));
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Md.Escape(m.Metric.Metric.Label)} | {F(m.PlannedToDate)} | {F(m.ActualToDate)} | {(m.Attainment is { } a ? Formatter.Percent(a) : "")} | {(m.IsQuality ? "" : F(m.Metric.Target))} | {(m.IsQuality ? "" : F(m.ReplannedTarget))} | {(m.IsQuality ? "" : F(m.Remaining))} |");
        }
        md.AppendLine();
        for (var i = 0; i < review.Focus.Length; i++)
            md.AppendLine(CultureInfo.InvariantCulture, $"{i + 1}. **{Md.Escape(review.Plan.Find(review.Focus[i].Metric)?.Label ?? review.Focus[i].Metric)}** ({Formatter.Percent(review.Focus[i].Share)}): {Md.Escape(review.Focus[i].Reason.In(l))}");
        if (!review.Focus.IsEmpty) md.AppendLine();
    }

    static void Findings(StringBuilder md, PlanResult r, ExportContext c)
    {
        var l = c.Language;
        md.AppendLine(CultureInfo.InvariantCulture, $"## {c.T("チェック結果", "Findings")}").AppendLine();
        if (r.Findings.IsEmpty)
        {
            md.AppendLine(c.T("指摘事項はありません。", "No findings."));
            return;
        }
        foreach (var f in r.Findings)
        {
            var mark = f.Severity == Severity.Error ? c.T("❌ エラー", "❌ error") : c.T("⚠️ 警告", "⚠️ warning");
            md.AppendLine(CultureInfo.InvariantCulture, $"- {mark} `{f.Rule.Id}` **{Md.Escape(f.Subject)}**{(f.Member is null ? "" : $" [{Md.Escape(f.Member)}]")}: {Md.Escape(f.Message.In(l))}  ");
            md.AppendLine(CultureInfo.InvariantCulture, $"  {c.T("対処", "Fix")}: {Md.Escape(Fixes.For(f.Rule, l))}");
        }
    }
}
