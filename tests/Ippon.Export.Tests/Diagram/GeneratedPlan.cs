using System.Globalization;
using System.Text;

namespace Ippon.Export.Tests.Diagram;

/// <summary>Writes a large plan file: a KGI summing KSFs, each a product of a KPI chain with quality rates, KPIs driven by several actions.</summary>
public static class GeneratedPlan
{
    /// <summary>A plan whose tree diagram has exactly <paramref name="boxes"/> boxes (KGI, KSFs, KPIs and actions), shaped by <paramref name="seed"/>.</summary>
    public static string Yaml(int boxes, int seed)
    {
        var random = new Random(seed);
        var yaml = new StringBuilder();
        yaml.AppendLine("plan: 生成された大きな計画").AppendLine("metrics:");
        var actions = new StringBuilder();
        var left = boxes - 1; // the KGI
        var ksfs = new List<string>();
        var k = 0;
        while (left > 0)
        {
            k++;
            var ksf = $"ksf_{k}";
            ksfs.Add(ksf);
            left--;
            // A chain of 1–4 KPIs under the KSF, each with 0–6 actions, as far as the boxes last.
            var chain = Math.Min(left, random.Next(1, 5));
            var kpis = Enumerable.Range(1, chain).Select(i => $"kpi_{k}_{i}").ToList();
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  {ksf}: {{ name: 成功要因{k}, role: ksf, formula: {(kpis.Count > 0 ? kpis[0] : "1")} * price_{k}, unit: JPY, owner: 部門{k} }}");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  price_{k}: {{ name: 単価{k}, value: {random.Next(1, 50)}万円, unit: JPY }}");
            for (var i = 0; i < kpis.Count; i++)
            {
                left--;
                var formula = i + 1 < kpis.Count ? $", formula: {kpis[i + 1]} * rate_{k}_{i}" : "";
                yaml.AppendLine(CultureInfo.InvariantCulture, $"  {kpis[i]}: {{ name: 指標{k}-{i + 1}, role: kpi{formula}, unit: count, owner: 部門{k} }}");
                if (formula.Length > 0) yaml.AppendLine(CultureInfo.InvariantCulture, $"  rate_{k}_{i}: {{ name: 率{k}-{i + 1}, value: {random.Next(5, 60)}%, unit: ratio }}");
                var count = Math.Min(left - (kpis.Count - i - 1), random.Next(0, 7));
                for (var a = 0; a < count; a++)
                {
                    left--;
                    actions.AppendLine(CultureInfo.InvariantCulture, $"  act_{k}_{i}_{a}: {{ name: 施策{k}-{i + 1}-{a + 1}, owner: 部門{k}, drives: {kpis[i]}, per_unit: {random.Next(1, 40)}, capacity: 100000 }}");
                }
            }
        }
        yaml.Insert(yaml.ToString().IndexOf("metrics:\n", StringComparison.Ordinal) + "metrics:\n".Length,
            $"  revenue: {{ name: 売上, role: kgi, formula: {string.Join(" + ", ksfs)}, target: 100億円, unit: JPY, owner: 経営 }}\n");
        if (actions.Length > 0) yaml.AppendLine("actions:").Append(actions);
        return yaml.ToString();
    }
}
