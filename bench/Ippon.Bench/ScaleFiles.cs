using System.Globalization;
using System.Text;

namespace Ippon.Bench;

/// <summary>Writes the inputs of bench/checks.sh (--write-scale DIR): a chain of 10,000 KPIs, a flat plan of 100,000 KPIs, and a plan over 50,000 reps with a ~60 MB actuals CSV.</summary>
public static class ScaleFiles
{
    static readonly CultureInfo s_inv = CultureInfo.InvariantCulture;
    const string Horizon = "horizon: { start: 2026-04-01, end: 2027-03-31, period: quarter }";

    public static void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        WriteChain(Path.Combine(directory, "chain-10000.yaml"), 10_000);
        WriteFlat(Path.Combine(directory, "flat-100000.yaml"), 100_000, perKsf: 250);
        WriteReps(Path.Combine(directory, "reps"), 55_000);
    }

    // kgi = k1 + 1, k1 = k2 + 1, …: every link is a KPI, no rate anywhere (the worst case of the quality-pair check).
    static void WriteChain(string path, int n)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        w.WriteLine($"plan: KPI {n.ToString("#,0", s_inv)} 段の連鎖");
        w.WriteLine(Horizon);
        w.WriteLine("metrics:");
        w.WriteLine("  k0: { name: KGI, role: kgi, formula: k1 + 1, target: 1000000, unit: count, owner: 経営企画, deadline: 2027-03-31 }");
        for (var i = 1; i < n; i++) w.WriteLine($"  k{i}: {{ name: KPI {i}, role: kpi, formula: k{i + 1} + 1, unit: count, owner: 部{i % 100} }}");
        w.WriteLine($"  k{n}: {{ name: KPI {n}, role: kpi, unit: count, owner: 部0 }}");
    }

    // kgi = s0 + … + s399, each KSF the sum of 250 KPIs times a rate (formulas stay under the 1,000-token limit).
    static void WriteFlat(string path, int n, int perKsf)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        var groups = n / perKsf;
        w.WriteLine($"plan: KPI {n.ToString("#,0", s_inv)} 個");
        w.WriteLine(Horizon);
        w.WriteLine("metrics:");
        w.WriteLine($"  kgi: {{ name: KGI, role: kgi, formula: {string.Join(" + ", Enumerable.Range(0, groups).Select(g => $"s{g}"))}, target: 100000000, unit: count, owner: 経営企画, deadline: 2027-03-31 }}");
        for (var g = 0; g < groups; g++)
            w.WriteLine($"  s{g}: {{ name: KSF {g}, role: ksf, formula: {string.Join(" + ", Enumerable.Range(g * perKsf, perKsf).Select(i => $"k{i} * rate"))}, unit: count, owner: 経営企画 }}");
        for (var i = 0; i < n; i++) w.WriteLine($"  k{i}: {{ name: KPI {i}, role: kpi, unit: count, owner: 部{i % 50} }}");
        w.WriteLine("  rate: { name: 転換率, value: 50%, unit: ratio }");
    }

    // A plan over reps by month and the actuals of every rep, month and KPI: 55,000 × 12 × 3 rows (~60 MB).
    static void WriteReps(string directory, int reps)
    {
        PlanFiles.Write(reps, directory, period: "month", withCalls: false);
        using var a = new StreamWriter(Path.Combine(directory, "actuals.csv"), false, new UTF8Encoding(false));
        a.WriteLine("period,metric,value,member");
        var start = new DateOnly(2026, 4, 1);
        for (var m = 0; m < 12; m++)
        {
            var month = start.AddMonths(m).ToString("yyyy-MM", s_inv);
            for (var i = 0; i < reps; i++)
            {
                a.WriteLine($"{month},leads,{100 + i % 50},rep{i:000000}");
                a.WriteLine($"{month},rep_deals,{10 + i % 7},rep{i:000000}");
                a.WriteLine($"{month},rep_orders,{2 + i % 3},rep{i:000000}");
            }
        }
    }
}
