namespace Ippon.Testing;

/// <summary>
/// Two reps sharing 20 orders at a planned 20% win rate (10 orders and 50 deals each, 12.5 deals a quarter), and their
/// Q1: 田中 won 8 of 20 deals (40%), 佐藤 1 of 20 (5%). The hand-worked case of rates learnt per rep: with the plan's
/// 20% as sure as 20 deals, Beta(4, 16), 田中's posterior is Beta(12, 28) = 30% and 佐藤's Beta(5, 35) = 12.5%.
/// </summary>
public static class TwoRepsPlan
{
    public const string Yaml = """
        plan: 2人の営業計画
        horizon: { start: 2026-04-01, end: 2027-03-31, period: quarter }
        dimensions:
          rep: [田中, 佐藤]
        metrics:
          orders:     { role: kgi, formula: sum(rep_orders), target: 20, unit: count, deadline: 2027-03-31, owner: 営業部 }
          rep_orders: { role: kpi, by: rep, formula: rep_deals * win_rate, unit: count, owner: 営業部 }
          rep_deals:  { role: kpi, by: rep, unit: count, owner: 営業部 }
          win_rate:   { by: rep, value: 20%, unit: ratio }
        """;

    public const string ActualsAfterQ1 = """
        period,metric,member,value
        Q1,rep_deals,田中,20
        Q1,rep_orders,田中,8
        Q1,rep_deals,佐藤,20
        Q1,rep_orders,佐藤,1

        """;
}
