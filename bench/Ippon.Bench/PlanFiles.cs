using System.Globalization;
using System.Text;

namespace Ippon.Bench;

/// <summary>Writes a plan over N reps as a plan file plus a CSV of the reps with their values (--write-plan N DIR), for the end-to-end load benchmark.</summary>
public static class PlanFiles
{
    const string Calls = """
        actions:
          calls: { name: 架電, owner: 営業部, drives: leads, per_unit: 5%, unit: 件, due: 2027-03-31, capacity: { people: 1, per_person_per_day: 30, working_days: 240 } }
        """;

    /// <param name="period">The horizon's period: quarter for the load benchmark, month for bench/checks.sh's actuals.</param>
    /// <param name="withCalls">Whether the plan has the calls action (the checks' scale plan has none).</param>
    public static void Write(int reps, string directory, string period = "quarter", bool withCalls = true)
    {
        Directory.CreateDirectory(directory);
        var inv = CultureInfo.InvariantCulture;
        var regions = string.Join(", ", Enumerable.Range(0, 50).Select(i => "R" + i.ToString("00", inv)));
        File.WriteAllText(Path.Combine(directory, "plan.yaml"), $$"""
            plan: 全国営業計画 ({{reps.ToString("#,0", inv)}} 名)
            horizon: { start: 2026-04-01, end: 2027-03-31, period: {{period}} }
            dimensions:
              region: [{{regions}}]
              rep: { parent: region, from: reps.csv }
            metrics:
              revenue:     { name: 新規売上, role: kgi, formula: sum(rep_revenue), target: {{(reps * 12_000_000m).ToString(inv)}}, unit: JPY, deadline: 2027-03-31, owner: 営業本部 }
              rep_revenue: { name: 担当者別売上, role: ksf, by: rep, formula: rep_orders * unit_price, unit: JPY, owner: 営業部, allocate: { by: last_year } }
              rep_orders:  { name: 受注数, role: kpi, by: rep, formula: rep_deals * win_rate, unit: count, owner: 営業部 }
              rep_deals:   { name: 商談数, role: kpi, by: rep, formula: leads * deal_rate, unit: count, owner: 営業部 }
              leads:       { name: リード数, role: kpi, by: rep, unit: count, owner: マーケティング部 }
              unit_price:  { name: 平均受注単価, by: region, value: 200万円, unit: JPY }
              win_rate:    { name: 受注率, by: rep, value: 20%, unit: ratio }
              deal_rate:   { name: 商談化率, value: 10%, unit: ratio }
              last_year:   { name: 前年売上, by: rep, unit: JPY }
            {{(withCalls ? Calls : "")}}
            """);
        var csv = new StringBuilder("rep,region,win_rate,last_year\n");
        for (var i = 0; i < reps; i++)
        {
            csv.Append("rep").Append(i.ToString("000000", inv)).Append(",R").Append((i % 50).ToString("00", inv)).Append(',')
               .Append((15 + (i % 11)).ToString(inv)).Append("%,")
               .Append((1000 + (i % 37) * 10).ToString(inv)).Append("万\n");
        }
        File.WriteAllText(Path.Combine(directory, "reps.csv"), csv.ToString());
    }
}
