using Ippon.Numbers;
using Ippon.Plans;
using Ippon.Web.Features.Edits;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;
using Ippon.Web.Tests.Infrastructure;

namespace Ippon.Web.Tests.Features;

/// <summary>
/// Regions and reps edited in the page (EditDimensions): a rename reaches every value and target that names the
/// member, a move re-reads the rep's region, a removal either takes its values along or is refused naming what uses
/// it, and every accepted edit reopens.
/// </summary>
public sealed class EditDimensionsTests
{
    // examples/regional-sales.yaml: 3 regions, 8 reps; 4億8000万 allocated by last year's revenue (4億 in all), each rep
    // back-calculated with their region's order value (東京 300万, 大阪 250万).
    static Plan Regional() => PlanText.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "regional-sales.yaml"))).Plan!;

    static Plan Reopened(Outcome<Plan> outcome)
    {
        Assert.True(outcome.Ok, outcome.Failure?.Describe(Language.Ja));
        var file = PlanText.Written(outcome.Value);
        Assert.True(file.Ok, file.Failure?.Describe(Language.En));
        return file.Value.Plan;
    }

    static string Refusal(Outcome<Plan> outcome, Language language)
    {
        Assert.False(outcome.Ok);
        return outcome.Failure.Describe(language);
    }

    static decimal? Target(Plan plan, string metric, string member)
    {
        var result = PlanText.Calculation(plan).Metric(metric)!;
        return result.Targets[result.CellOf(member)];
    }

    [Fact]
    public void RenameRep_TanakaToYamada_RenamesTheMemberAndEveryValueNamingIt_AndTheNumbersStay()
    {
        var plan = Regional();

        var renamed = Reopened(EditDimensions.RenameMember(plan, "rep", "田中", "山田"));

        Assert.DoesNotContain("田中", PlanText.Write(renamed), StringComparison.Ordinal);
        Assert.Equal(plan.FindDimension("rep")!.Members.Select(m => m == "田中" ? "山田" : m), renamed.FindDimension("rep")!.Members);
        Assert.Equal(9000_0000m, renamed.Find("last_year_revenue")!.MemberValues["山田"]);
        Assert.Equal(0.30m, renamed.Find("win_rate")!.MemberValues["山田"]);
        // 4億8000万 × 9000万 / 4億 = 1億800万, at 300万 a deal in 東京: 36 orders, as before the rename.
        Assert.Equal(108_000_000m, Target(renamed, "rep_revenue", "山田"));
        Assert.Equal(36m, Target(renamed, "rep_orders", "山田"));
    }

    [Fact]
    public void RenameRegion_TokyoToTokyoHeadOffice_KeepsItsRepsAndItsOrderValue()
    {
        var renamed = Reopened(EditDimensions.RenameMember(Regional(), "region", "東京", "東京本社"));

        var rep = renamed.FindDimension("rep")!;
        Assert.Equal(["田中", "佐藤", "鈴木"], rep.Members.Where((_, i) => rep.Parent!.Members[rep.ParentOf[i]] == "東京本社"));
        Assert.Equal(300_0000m, renamed.Find("unit_price")!.MemberValues["東京本社"]);
        Assert.Equal(36m, Target(renamed, "rep_orders", "田中"));
    }

    [Fact]
    public void MoveRep_TanakaToOsaka_BackCalculatesWithOsakasOrderValue()
    {
        var plan = Regional();
        Assert.Equal(36m, Target(plan, "rep_orders", "田中")); // 1億800万 ÷ 300万

        var moved = Reopened(EditDimensions.MoveMember(plan, "rep", "田中", "大阪"));

        var rep = moved.FindDimension("rep")!;
        Assert.Equal("大阪", rep.Parent!.Members[rep.ParentOf[rep.IndexOf("田中")]]);
        Assert.Equal(44m, Target(moved, "rep_orders", "田中")); // 1億800万 ÷ 250万 = 43.2, whole orders rounded up
    }

    [Fact]
    public void AddRep_UnderNagoya_IsTheNinthRep_AndAnUnknownRegionOrATakenNameIsRefused()
    {
        var plan = Regional();

        var added = Reopened(EditDimensions.AddMember(plan, "rep", " 小林 ", "名古屋"));

        var rep = added.FindDimension("rep")!;
        Assert.Equal(9, rep.Count);
        Assert.Equal("名古屋", rep.Parent!.Members[rep.ParentOf[rep.IndexOf("小林")]]);
        Assert.Contains("地域 '福岡' はありません", Refusal(EditDimensions.AddMember(plan, "rep", "小林", "福岡"), Language.Ja), StringComparison.Ordinal);
        Assert.Contains("there is no region '福岡'", Refusal(EditDimensions.AddMember(plan, "rep", "小林", "福岡"), Language.En), StringComparison.Ordinal);
        Assert.Contains("地域を選んでください", Refusal(EditDimensions.AddMember(plan, "rep", "小林"), Language.Ja), StringComparison.Ordinal);
        Assert.Contains("担当者 田中 はもうあります", Refusal(EditDimensions.AddMember(plan, "rep", "田中", "東京"), Language.Ja), StringComparison.Ordinal);
        Assert.Contains("/", Refusal(EditDimensions.AddMember(plan, "rep", "東京/小林", "東京"), Language.Ja), StringComparison.Ordinal);
        Assert.Contains("Rep 佐藤 is there already", Refusal(EditDimensions.RenameMember(plan, "rep", "田中", "佐藤"), Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void RemoveRegion_WithRepsInIt_IsRefusedNamingThem()
    {
        var refusal = EditDimensions.RemoveMember(Regional(), "region", "大阪", cascade: true);

        Assert.Contains("大阪 は 高橋 (大阪 に所属)、伊藤 (大阪 に所属)、渡辺 (大阪 に所属) が使っているため削除できません。先にそちらを変えてください", Refusal(refusal, Language.Ja), StringComparison.Ordinal);
        Assert.Contains("高橋 (in 大阪)", Refusal(refusal, Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void RemoveRep_WithValues_IsRefusedAlone_AndTakesThemAlongWhenShownAndConfirmed()
    {
        var plan = Regional();
        Assert.Equal(["last_year_revenue"], EditDimensions.Preview(plan, "rep", "中村").Select(r => r.Subject));
        Assert.Contains("前年売上 の 中村 の値 が使っているため削除できません。まとめて削除するか", Refusal(EditDimensions.RemoveMember(plan, "rep", "中村"), Language.Ja), StringComparison.Ordinal);

        var removed = Reopened(EditDimensions.RemoveMember(plan, "rep", "中村", cascade: true));

        Assert.Equal(7, removed.FindDimension("rep")!.Count);
        Assert.False(removed.Find("last_year_revenue")!.MemberValues.ContainsKey("中村"));
        // The 4億8000万 is now shared by 3億9000万 of last year's revenue: 田中 has 9000万 of it, 110,769,230.77 yen in whole yen.
        var tanaka = Target(removed, "rep_revenue", "田中")!.Value;
        Assert.InRange(tanaka, 110_769_230m, 110_769_231m);
    }

    [Fact]
    public void RenameOrRemove_AMemberWithStoredActuals_IsRefusedSayingWhy()
    {
        var plan = Regional();
        string[] actuals = ["田中", "東京/佐藤"];

        Assert.Contains("田中 には保存された実績があり", Refusal(EditDimensions.RenameMember(plan, "rep", "田中", "山田", actuals), Language.Ja), StringComparison.Ordinal);
        Assert.Contains("佐藤 has stored actuals", Refusal(EditDimensions.RemoveMember(plan, "rep", "佐藤", actuals, cascade: true), Language.En), StringComparison.Ordinal);
        Assert.True(EditDimensions.RenameMember(plan, "rep", "鈴木", "鈴木一郎", actuals).Ok);
    }

    [Fact]
    public void FromNoDimensions_ARegionAndARepAreCreated_AndTheLastMemberCannotGoAlone()
    {
        var plan = TemplatePlans.Default();
        Assert.Empty(plan.Dimensions);
        Assert.Contains("先に地域を追加してください", Refusal(EditDimensions.AddMember(plan, "rep", "田中", "東京", "region"), Language.Ja), StringComparison.Ordinal);

        var withRegion = Reopened(EditDimensions.AddMember(plan, "region", "東京"));
        var withRep = Reopened(EditDimensions.AddMember(withRegion, "rep", "田中", "東京", "region"));

        Assert.Contains("dimensions:\n  region: [東京]\n  rep:\n    parent: region\n    members:\n      田中: 東京\n", PlanText.Write(withRep).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("田中 は担当者の最後の1つなので削除できません", Refusal(EditDimensions.RemoveMember(withRep, "rep", "田中"), Language.Ja), StringComparison.Ordinal);
        Assert.Contains("地域は 担当者 が使っているため外せません", Refusal(EditDimensions.RemoveDimension(withRep, "region"), Language.Ja), StringComparison.Ordinal);
        var none = Reopened(EditDimensions.RemoveDimension(Reopened(EditDimensions.RemoveDimension(withRep, "rep")), "region"));
        Assert.Equal(PlanText.Write(plan), PlanText.Write(none));
    }

    [Fact]
    public void RemoveDimension_ThatMetricsVaryOver_IsRefusedNamingThem()
    {
        var refusal = Refusal(EditDimensions.RemoveDimension(Regional(), "rep"), Language.Ja);

        Assert.Contains("担当者は 担当者別売上 (by: rep)、前年売上 (by: rep)", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void RenameRep_NamedInATeam_RenamesTheTeamsMemberToo_AndRemovingTakesItOut()
    {
        var yaml = TwoRepsPlanWithTeam();
        var plan = PlanText.Parse(yaml).Plan!;

        var renamed = Reopened(EditDimensions.RenameMember(plan, "rep", "田中", "山田"));
        var removed = Reopened(EditDimensions.RemoveMember(plan, "rep", "田中", cascade: true));

        Assert.Equal(["山田", "佐藤"], renamed.FindTeam("営業部")!.Members.ToArray());
        Assert.Equal(["佐藤"], removed.FindTeam("営業部")!.Members.ToArray());
        Assert.Contains("チーム 営業部 のメンバー", Refusal(EditDimensions.RemoveMember(plan, "rep", "田中"), Language.Ja), StringComparison.Ordinal);
    }

    static string TwoRepsPlanWithTeam() => Ippon.Testing.TwoRepsPlan.Yaml + "\nteams:\n  営業部: { members: [田中, 佐藤], hours_per_day: 2, working_days: 240 }\n";

    [Fact]
    public void ImportCsv_RepsWithLastYearsRevenue_ReplacesTheRepsAndTheirValues_ShownFirst()
    {
        var plan = Regional();
        var csv = "rep,region,last_year_revenue,win_rate\n田中,東京,9000万,30%\n佐藤,大阪,7000万,\n小林,名古屋,2000万,25%\n";

        var import = ImportMembers.Read(plan, "rep", csv, "reps.csv");

        Assert.True(import.Ok, import.Failure?.Describe(Language.Ja));
        var preview = import.Value;
        Assert.Equal(["小林"], preview.Added);
        Assert.Equal(["鈴木", "高橋", "伊藤", "渡辺", "山本", "中村"], preview.Removed);
        Assert.Equal(["佐藤 (東京 → 大阪)"], preview.Moved);
        // 山本 had his own win rate (20%): it goes with him, as shown.
        Assert.Contains(preview.GoingWith, r => r.Subject == "win_rate" && r.Text.In(Language.Ja) == "受注率 の 山本 の値");
        var after = Reopened(preview.Plan);
        Assert.Equal(["田中", "佐藤", "小林"], after.FindDimension("rep")!.Members.ToArray());
        Assert.Equal(new Dictionary<string, decimal> { ["田中"] = 9000_0000m, ["佐藤"] = 7000_0000m, ["小林"] = 2000_0000m }, after.Find("last_year_revenue")!.MemberValues);
        Assert.Equal(new Dictionary<string, decimal> { ["田中"] = 0.30m, ["小林"] = 0.25m }, after.Find("win_rate")!.MemberValues);
        // 4億8000万 by last year's 1億8000万: 田中 2億4000万, at 東京's 300万 a deal and 30%: 80 orders from 266.67 deals.
        Assert.Equal(240_000_000m, Target(after, "rep_revenue", "田中"));
        Assert.Equal(80m, Target(after, "rep_orders", "田中"));
    }

    [Fact]
    public void ImportCsv_Mistakes_AreRefusedWithTheirLineAndColumn_AndThePlanIsUnchanged()
    {
        var plan = Regional();

        var badNumber = ImportMembers.Read(plan, "rep", "rep,region,win_rate\n田中,東京,たくさん\n", "reps.csv");
        var unknownRegion = ImportMembers.Read(plan, "rep", "rep,region\n田中,福岡\n", "reps.csv");
        var unknownMetric = ImportMembers.Read(plan, "rep", "rep,region,winrate\n田中,東京,20%\n", "reps.csv");
        var twice = ImportMembers.Read(plan, "rep", "rep,region\n田中,東京\n田中,大阪\n", "reps.csv");
        var noRegionColumn = ImportMembers.Read(plan, "rep", "rep,win_rate\n田中,20%\n", "reps.csv");

        Assert.StartsWith("2行 7列: win_rate の値", badNumber.Failure!.Describe(Language.Ja), StringComparison.Ordinal);
        Assert.StartsWith("line 2, column 4: region '福岡' of 田中 is not a member of region", unknownRegion.Failure!.Describe(Language.En), StringComparison.Ordinal);
        Assert.StartsWith("1行 12列: 列 'winrate' の指標 'winrate' は計画にありません", unknownMetric.Failure!.Describe(Language.Ja), StringComparison.Ordinal);
        Assert.StartsWith("3行 1列: メンバー '田中' が2回あります", twice.Failure!.Describe(Language.Ja), StringComparison.Ordinal);
        Assert.StartsWith("1行 1列: 親の次元 region の列がありません", noRegionColumn.Failure!.Describe(Language.Ja), StringComparison.Ordinal);
        Assert.Equal(8, plan.FindDimension("rep")!.Count);
    }

    [Fact]
    public void ImportCsv_OfRegionsLeavingOutOneWithReps_IsRefusedNamingThem()
    {
        var refused = ImportMembers.Read(Regional(), "region", "region\n東京\n大阪\n", "regions.csv");

        Assert.Contains("CSV にない 名古屋 は 山本 (名古屋 に所属)、中村 (名古屋 に所属) が使っているため外せません", refused.Failure!.Describe(Language.Ja), StringComparison.Ordinal);
    }

    [Fact]
    public void ImportCsv_IntoAPlanWithoutReps_CreatesThemUnderTheRegions()
    {
        var plan = Reopened(EditDimensions.AddMember(TemplatePlans.Default(), "region", "東京"));

        var import = ImportMembers.Read(plan, "rep", "name,region\n田中,東京\n佐藤,東京\n", "reps.csv", "region");

        var rep = Reopened(import.Value!.Plan).FindDimension("rep")!;
        Assert.Equal(("region", 2), (rep.Parent!.Name, rep.Count));
    }
}
