namespace Ippon.Export.Tests;

/// <summary>A plan whose names try to inject markup: every export must show them as text.</summary>
public static class Hostile
{
    public const string Script = "<script>alert('x')</script>";

    public static string Yaml => $$"""
        plan: "計画 {{Script}} & co"
        author: "<b>bold</b>"
        metrics:
          revenue: { name: "売上 {{Script}}", role: kgi, formula: orders * price, target: 1000万円, unit: JPY, owner: "営業|部" }
          orders: { name: "受注 \"quoted\" | pipe", role: kpi, unit: count, owner: 営業 }
          price: { name: "単価 & <i>", value: 100万円, unit: JPY }
        actions:
          calls: { name: "架電 <img src=x onerror=alert(1)>", owner: 営業, drives: orders, per_unit: 1%, capacity: 100000 }
        """;
}
