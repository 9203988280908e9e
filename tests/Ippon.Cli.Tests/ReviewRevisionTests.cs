namespace Ippon.Cli.Tests;

/// <summary><c>ippon review --write-revision</c>: the re-plan written to a new file, comments kept, nothing overwritten silently.</summary>
public class ReviewRevisionTests
{
    static string Seed => Path.Combine(IpponProcess.Examples, "sales-100m.yaml");

    static string ContractCsv => Path.Combine(IpponProcess.Examples, "sales-100m-actuals.csv");

    [Fact]
    public void WriteRevision_NewFile_SetsTheObservedRateAppendsARevisionAndKeepsComments()
    {
        using var dir = new TempDir();
        var plan = dir.File("plan.yaml", File.ReadAllText(Seed));
        var original = File.ReadAllText(plan);
        var output = Path.Combine(dir.Path, "plan-q2.yaml");

        var run = IpponCli.Run("review", plan, "--actuals", ContractCsv, "--write-revision", output, "--reason", "Q2レビュー: 受注率が15%に低下");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("plan-q2.yaml に再計画を書き出しました", run.Err);
        Assert.Equal(original, File.ReadAllText(plan));
        var written = File.ReadAllText(output);
        Assert.Contains("win_rate:       { name: 受注率, value: 15%, unit: ratio }", written);
        Assert.Contains("# アポ獲得率1%: 100件の架電で1件の商談", written);
        Assert.Contains("revisions:\n  - date: ", written);
        Assert.Contains("    period: Q2\n    reason: \"Q2レビュー: 受注率が15%に低下\"\n    changes:\n      win_rate: { field: value, from: 20%, to: 15% }\n", written);
        Assert.Equal(original.Length, written.IndexOf("revisions:", StringComparison.Ordinal));

        var replanned = IpponCli.Run("plan", output, "--json");
        Assert.Equal(0, replanned.ExitCode);
        Assert.Contains("\"target\": 1340", replanned.Out);
        var history = IpponCli.Run("review", output, "--actuals", ContractCsv);
        Assert.Contains("計画の変遷", history.Out);
        Assert.Contains("Q2レビュー: 受注率が15%に低下", history.Out);
    }

    [Fact]
    public void WriteRevision_ExistingFileWithoutForce_Exits2AndLeavesItAlone()
    {
        using var dir = new TempDir();
        var plan = dir.File("plan.yaml", File.ReadAllText(Seed));
        var original = File.ReadAllText(plan);

        var run = IpponCli.Run("review", plan, "--actuals", ContractCsv, "--write-revision", plan, "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("already exists (it is the plan file itself) and was left as it is", run.Err);
        Assert.Equal(original, File.ReadAllText(plan));
    }

    [Fact]
    public void WriteRevision_PlanFileWithForce_AppendsToTheExistingRevisions()
    {
        using var dir = new TempDir();
        var plan = dir.File("plan.yaml", File.ReadAllText(Seed)
            + "revisions:\n  - date: 2026-07-03\n    period: Q1\n    reason: 期初計画\n");

        var run = IpponCli.Run("review", plan, "--actuals", ContractCsv, "--write-revision", plan, "--force");

        Assert.Equal(0, run.ExitCode);
        var written = File.ReadAllText(plan);
        Assert.Contains("    reason: 期初計画\n  - date: ", written);
        Assert.Contains("win_rate: { field: value, from: 20%, to: 15% }", written);
        var history = IpponCli.Run("review", plan, "--actuals", ContractCsv, "--json");
        Assert.Contains("\"reason\": \"期初計画\"", history.Out);
    }

    [Fact]
    public void WriteRevision_NothingObservedDiffers_WritesNothing()
    {
        using var dir = new TempDir();
        var csv = dir.File("a.csv", "period,metric,value\nQ1,deals,25\nQ1,orders,5\n");
        var output = Path.Combine(dir.Path, "out.yaml");

        var run = IpponCli.Run("review", Seed, "--actuals", csv, "--write-revision", output, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("nothing to revise", run.Err);
        Assert.False(File.Exists(output));
    }
}
