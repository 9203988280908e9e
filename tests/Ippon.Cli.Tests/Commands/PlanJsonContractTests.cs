using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ippon.Cli.Tests.Commands;

/// <summary>The JSON of <c>plan --json</c> and <c>check --json</c> has the contract's fields and values (plan-format.md).</summary>
public class PlanJsonContractTests
{
    static string Seed => Path.Combine(IpponProcess.Examples, "sales-100m.yaml");

    static JsonElement Json(params string[] args)
    {
        var run = IpponCli.Run(args);
        Assert.True(run.ExitCode is 0 or 1, run.Err);
        using var doc = JsonDocument.Parse(run.Out);
        return doc.RootElement.Clone();
    }

    static JsonElement Item(JsonElement root, string array, string id) =>
        root.GetProperty(array).EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);

    [Fact]
    public void PlanJson_SeedPlan_HasTheContractsTopLevelFields()
    {
        var root = Json("plan", Seed, "--json");

        Assert.Equal("年間売上1億円計画", root.GetProperty("plan").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("metrics").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("actions").ValueKind);
        Assert.Equal(0, root.GetProperty("findings").GetArrayLength());
        Assert.Equal(["revenue", "repeat_revenue", "new_revenue", "orders", "deals", "leads", "unit_price", "win_rate", "deal_rate"],
            root.GetProperty("metrics").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
    }

    [Fact]
    public void PlanJson_DerivedKpi_HasEveryContractField()
    {
        var orders = Item(Json("plan", Seed, "--json"), "metrics", "orders");

        Assert.Equal("新規受注数", orders.GetProperty("name").GetString());
        Assert.Equal("kpi", orders.GetProperty("role").GetString());
        Assert.Equal("count", orders.GetProperty("unit").GetString());
        Assert.Equal("quantity", orders.GetProperty("kind").GetString());
        Assert.Equal("営業部", orders.GetProperty("owner").GetString());
        Assert.Equal("deals * win_rate", orders.GetProperty("formula").GetString());
        Assert.Equal(20m, orders.GetProperty("target").GetDecimal());
        Assert.Equal("derived", orders.GetProperty("target_source").GetString());
        Assert.Equal(20m, orders.GetProperty("planned").GetDecimal());
        Assert.Equal(0m, orders.GetProperty("gap").GetDecimal());
    }

    [Theory]
    [InlineData("revenue", "explicit", 100_000_000)]
    [InlineData("repeat_revenue", "explicit", 60_000_000)]
    [InlineData("new_revenue", "explicit", 40_000_000)]
    [InlineData("deals", "derived", 100)]
    [InlineData("leads", "derived", 1_000)]
    public void PlanJson_SeedTargets_HaveTheirSource(string id, string source, int target)
    {
        var m = Item(Json("plan", Seed, "--json"), "metrics", id);

        Assert.Equal(source, m.GetProperty("target_source").GetString());
        Assert.Equal(target, m.GetProperty("target").GetDecimal());
        Assert.Equal(JsonValueKind.Number, m.GetProperty("target").ValueKind);
    }

    [Theory]
    [InlineData("win_rate", "0.2", "quality")]
    [InlineData("deal_rate", "0.1", "quality")]
    [InlineData("unit_price", "2000000", "quality")]
    public void PlanJson_Assumption_IsPlannedAsAFractionWithNullTargetAndGap(string id, string planned, string kind)
    {
        var m = Item(Json("plan", Seed, "--json"), "metrics", id);

        Assert.Equal(JsonValueKind.Null, m.GetProperty("role").ValueKind);
        Assert.Equal(kind, m.GetProperty("kind").GetString());
        Assert.Equal(planned, m.GetProperty("planned").GetRawText());
        Assert.Equal(JsonValueKind.Null, m.GetProperty("target").ValueKind);
        Assert.Equal(JsonValueKind.Null, m.GetProperty("target_source").ValueKind);
        Assert.Equal(JsonValueKind.Null, m.GetProperty("gap").ValueKind);
    }

    [Fact]
    public void PlanJson_Calls_HaveVolumeCoverageCapacityAndLoad()
    {
        var calls = Item(Json("plan", Seed, "--json"), "actions", "calls");

        Assert.Equal("deals", calls.GetProperty("drives").GetString());
        Assert.Equal("0.01", calls.GetProperty("per_unit").GetRawText());
        Assert.Equal(10_000m, calls.GetProperty("volume").GetDecimal());
        Assert.Equal("derived", calls.GetProperty("volume_source").GetString());
        Assert.Equal(1.0m, calls.GetProperty("coverage").GetDecimal());
        Assert.Equal(14_400m, calls.GetProperty("capacity").GetDecimal());
        Assert.Equal(0.694m, decimal.Round(calls.GetProperty("load").GetDecimal(), 3));
    }

    [Fact]
    public void PlanJson_ExplicitVolume_IsMarkedExplicit()
    {
        using var dir = new TempDir();
        var file = dir.File("p.yaml", File.ReadAllText(Seed).Replace("    per_unit: 1%", "    per_unit: 1%\n    volume: 12000", StringComparison.Ordinal));

        var calls = Item(Json("plan", file, "--json"), "actions", "calls");

        Assert.Equal("explicit", calls.GetProperty("volume_source").GetString());
        Assert.Equal(12_000m, calls.GetProperty("volume").GetDecimal());
        Assert.Equal(1.2m, calls.GetProperty("coverage").GetDecimal());
    }

    [Fact]
    public void PlanJson_ValuesThatCannotBeDerived_AreNull()
    {
        // A 0% deal rate: leads cannot be back-calculated, and nothing downstream of them can be planned.
        using var dir = new TempDir();
        var file = dir.File("p.yaml", File.ReadAllText(Seed).Replace("value: 10%", "value: 0%", StringComparison.Ordinal));

        var root = Json("plan", file, "--json");

        var leads = Item(root, "metrics", "leads");
        Assert.Equal(JsonValueKind.Null, leads.GetProperty("target").ValueKind);
        Assert.Equal(JsonValueKind.Null, leads.GetProperty("target_source").ValueKind);
        Assert.Equal(JsonValueKind.Null, leads.GetProperty("planned").ValueKind);
        Assert.Equal(JsonValueKind.Null, leads.GetProperty("gap").ValueKind);
        Assert.Equal(JsonValueKind.Null, Item(root, "actions", "webinars").GetProperty("volume").ValueKind);
        var finding = root.GetProperty("findings").EnumerateArray().Single();
        Assert.Equal("unreachable-target", finding.GetProperty("rule").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("leads", finding.GetProperty("subject").GetString());
    }

    [Fact]
    public void PlanJson_Finding_HasRuleSeveritySubjectAndMessageInTheChosenLanguage()
    {
        using var dir = new TempDir();
        var file = dir.File("p.yaml", File.ReadAllText(Seed).Replace("    capacity: 12            # 月1回まで\n", "", StringComparison.Ordinal));

        var ja = Json("plan", file, "--json").GetProperty("findings").EnumerateArray().Single();
        var en = Json("plan", file, "--json", "--lang", "en").GetProperty("findings").EnumerateArray().Single();

        Assert.Equal("capacity-unknown", ja.GetProperty("rule").GetString());
        Assert.Equal("warning", ja.GetProperty("severity").GetString());
        Assert.Equal("webinars", ja.GetProperty("subject").GetString());
        Assert.Contains("キャパシティ", ja.GetProperty("message").GetString());
        Assert.Equal("ウェビナー開催 has no capacity (people, per person per day, working days), so its feasibility cannot be judged", en.GetProperty("message").GetString());
    }

    [Fact]
    public void CheckJson_SeedPlan_IsTheSameObjectAsPlanJson()
    {
        var plan = JsonNode.Parse(IpponCli.Run("plan", Seed, "--json").Out);
        var check = JsonNode.Parse(IpponCli.Run("check", Seed, "--json").Out);

        Assert.True(JsonNode.DeepEquals(plan, check));
    }

    [Fact]
    public void CheckJson_PlanWithErrors_IsTheSameObjectAsPlanJsonAndBothExit1()
    {
        using var dir = new TempDir();
        var file = dir.File("p.yaml", File.ReadAllText(Seed).Replace("people: 4, per_person_per_day: 15", "people: 2, per_person_per_day: 15", StringComparison.Ordinal));

        var plan = IpponCli.Run("plan", file, "--json");
        var check = IpponCli.Run("check", file, "--json");

        Assert.Equal(1, plan.ExitCode);
        Assert.Equal(1, check.ExitCode);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(plan.Out), JsonNode.Parse(check.Out)));
        Assert.Equal("over-capacity", JsonNode.Parse(check.Out)!["findings"]![0]!["rule"]!.GetValue<string>());
    }

    [Fact]
    public void PlanJson_WinRate15Percent_Gives134DealsAnd1340LeadsAsPlainNumbers()
    {
        var root = Json("plan", Seed, "--json", "--set", "win_rate=15%");

        Assert.Equal("134", Item(root, "metrics", "deals").GetProperty("target").GetRawText());
        Assert.Equal("1340", Item(root, "metrics", "leads").GetProperty("target").GetRawText());
        Assert.Equal("0.15", Item(root, "metrics", "win_rate").GetProperty("planned").GetRawText());
        Assert.Equal("13400", Item(root, "actions", "calls").GetProperty("volume").GetRawText());
    }

    [Fact]
    public void PlanJson_Scenario_IsNamedAndApplied()
    {
        var root = Json("plan", Seed, "--json", "--scenario", "stretch");

        Assert.Equal("stretch", root.GetProperty("scenario").GetString());
        Assert.Equal(2_000m, Item(root, "metrics", "leads").GetProperty("planned").GetDecimal());
    }

    [Fact]
    public void PlanJson_Stretch_IsReadAsAPlan_TheActionsVolumesAndLoadsAreTheStretchs()
    {
        var stretch = Json("plan", Seed, "--json", "--scenario", "stretch");
        var plain = Json("plan", Seed, "--json");

        // 2,000 leads are the stretch's target: 12 webinars, 24 articles, and the 200 deals they bring need 20,000 calls.
        Assert.Equal(2_000m, Item(stretch, "metrics", "leads").GetProperty("target").GetDecimal());
        Assert.Equal(12m, Item(stretch, "actions", "webinars").GetProperty("volume").GetDecimal());
        Assert.Equal(24m, Item(stretch, "actions", "seo_articles").GetProperty("volume").GetDecimal());
        Assert.Equal(20_000m, Item(stretch, "actions", "calls").GetProperty("volume").GetDecimal());
        Assert.True(Item(stretch, "actions", "calls").GetProperty("load").GetDecimal() > 1.388m);   // 20,000 of 14,400
        Assert.Equal(10_000m, Item(plain, "actions", "calls").GetProperty("volume").GetDecimal());
        Assert.True(Item(plain, "actions", "calls").GetProperty("load").GetDecimal() < 0.7m);      // 10,000 of 14,400
    }
}
