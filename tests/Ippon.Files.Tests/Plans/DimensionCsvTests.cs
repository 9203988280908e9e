using Ippon.Files.Plans;

namespace Ippon.Files.Tests.Plans;

/// <summary>Dimensions whose members (and member values) come from a CSV next to the plan file.</summary>
public sealed class DimensionCsvTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("ippon-dims-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    const string Plan = """
        plan: reps
        dimensions:
          region: [東京, 大阪]
          rep: { parent: region, from: reps.csv }
        metrics:
          revenue: { role: kgi, formula: sum(rep_revenue), target: 1億, unit: JPY }
          rep_revenue: { by: rep, formula: rep_orders * 200万, unit: JPY }
          rep_orders: { by: rep, unit: count }
          win_rate: { value: 20%, unit: ratio }
        """;

    PlanReadResult Read(string csv, string plan = Plan)
    {
        File.WriteAllText(Path.Combine(_dir, "reps.csv"), csv);
        File.WriteAllText(Path.Combine(_dir, "plan.yaml"), plan);
        return PlanReader.ReadFile(Path.Combine(_dir, "plan.yaml"));
    }

    [Fact]
    public void ParseWithoutFiles_FromCsv_IsRefusedAtItsPosition_AndTheFileIsNotRead()
    {
        var secret = Path.Combine(_dir, "secret.csv");
        File.WriteAllText(secret, "rep,region\nTOP-SECRET,東京\n");
        var plan = Plan.Replace("from: reps.csv", $"from: {secret}", StringComparison.Ordinal);

        var read = PlanReader.ParseWithoutFiles(plan);

        var error = Assert.Single(read.Errors);
        Assert.Equal((4, 32), (error.Line, error.Column)); // the path after "from: "
        Assert.Contains("members:", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("TOP-SECRET", error.ToString(), StringComparison.Ordinal);
        // The same text read as a file next to its CSV is fine: only text from elsewhere may not name files.
        Assert.True(PlanReader.Parse(plan, "plan.yaml", _dir).Success);
    }

    [Fact]
    public void AppendRevision_OfTextNamingAFile_RefusesIt_AndTheFileIsNotRead()
    {
        // The web adopts a review's re-plan through AppendRevision: it read the text with the server's working
        // directory, so a stored plan could make it open any file the server can.
        var secret = Path.Combine(_dir, "secret.csv");
        File.WriteAllText(secret, "rep,region\nTOP-SECRET,東京\n");
        var plan = Plan.Replace("from: reps.csv", $"from: {secret}", StringComparison.Ordinal);
        var revision = new Ippon.Plans.Revision(new DateOnly(2026, 7, 3), "Q1 review", [new Ippon.Plans.RevisionChange("win_rate", "value", 0.2m, 0.15m)]);

        var edited = PlanEditor.AppendRevision(plan, revision);

        Assert.Null(edited.Value);
        var error = Assert.Single(edited.Errors);
        Assert.Equal((4, 32), (error.Line, error.Column));
        Assert.DoesNotContain("TOP-SECRET", error.ToString(), StringComparison.Ordinal);
        // A plan file on disk (the CLI's review --write-revision) names its folder and reads its CSV there.
        var onDisk = PlanEditor.AppendRevision(Plan, revision, "plan.yaml", WriteRepsCsv());
        Assert.Empty(onDisk.Errors.Select(e => e.ToString()));
        Assert.Contains("value: 15%", onDisk.Value, StringComparison.Ordinal);
    }

    string WriteRepsCsv()
    {
        File.WriteAllText(Path.Combine(_dir, "reps.csv"), "rep,region\n田中,東京\n");
        return _dir;
    }

    [Fact]
    public void AMetricNamedByACsvColumn_IsReferencedByIt_AndCannotBeRemoved()
    {
        var read = Read("rep,region,win_rate,rep_revenue.target\n田中,東京,30%,6000万\n");
        Assert.True(read.Success, string.Join("\n", read.Errors));

        var byColumn = Assert.Single(Ippon.Plans.PlanReferences.ToMetric(read.Plan, "win_rate"));
        Assert.Equal(("dimension", "rep", false), (byColumn.Kind, byColumn.Subject, byColumn.Removable));
        Assert.Equal("the column win_rate of dimension rep's CSV reps.csv", byColumn.Text.In(Ippon.Numbers.Language.En));
        Assert.Contains(Ippon.Plans.PlanReferences.ToMetric(read.Plan, "rep_revenue"), r => r.Kind == "dimension" && r.Text.In(Ippon.Numbers.Language.Ja).Contains("rep_revenue.target", StringComparison.Ordinal));
        // Without the metric the CSV would name nothing and the plan would not reopen: the removal is refused.
        Assert.Null(Ippon.Plans.PlanReferences.WithoutMetric(read.Plan, "win_rate"));
    }

    [Fact]
    public void ReadFile_RepsCsv_ReadsMembersParentsAndMemberValues()
    {
        var read = Read("rep,region,win_rate,rep_revenue.target\n田中,東京,30%,6000万\n佐藤,大阪,,4000万\n");

        Assert.True(read.Success, string.Join("\n", read.Errors));
        var rep = read.Plan.FindDimension("rep")!;
        Assert.Equal(["田中", "佐藤"], rep.Members.ToArray());
        Assert.Equal("大阪", rep.Parent!.Members[rep.ParentOf[1]]);
        var win = read.Plan.Find("win_rate")!;
        Assert.Equal(["rep"], win.By.ToArray());
        Assert.Equal(0.3m, win.MemberValues["田中"]);
        Assert.False(win.MemberValues.ContainsKey("佐藤"));
        Assert.Equal(40_000_000m, read.Plan.Find("rep_revenue")!.MemberTargets["佐藤"]);
    }

    [Fact]
    public void ReadFile_UnknownParentInCsv_NamesTheCsvLineAndColumn()
    {
        var read = Read("rep,region\n田中,東京\n佐藤,福岡\n");

        var error = Assert.Single(read.Errors);
        Assert.EndsWith("reps.csv", error.File, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
        Assert.Equal(4, error.Column);
        Assert.Contains("福岡", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_ColumnNamingNoMetric_SuggestsTheNearestId()
    {
        var read = Read("rep,region,win_rat\n田中,東京,30%\n");

        var error = Assert.Single(read.Errors);
        Assert.Contains("did you mean 'win_rate'", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void ReadFile_BadNumberInCsv_SaysWhatWasExpected()
    {
        var read = Read("rep,region,win_rate\n田中,東京,たくさん\n");

        var error = Assert.Single(read.Errors);
        Assert.Equal((2, 7), (error.Line, error.Column));
        Assert.Contains("expected a number", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_MissingCsv_IsAnErrorAtTheFromKey()
    {
        File.WriteAllText(Path.Combine(_dir, "plan.yaml"), Plan);

        var read = PlanReader.ReadFile(Path.Combine(_dir, "plan.yaml"));

        var error = Assert.Single(read.Errors);
        Assert.Equal(4, error.Line);
        Assert.Contains("no such file", error.ToString(), StringComparison.Ordinal);
    }
}
