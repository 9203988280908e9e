namespace Ippon.Cli.Tests;

/// <summary><c>ippon import</c> through the real executable.</summary>
public class ImportCommandTests
{
    static string Seed => Path.Combine(IpponProcess.Examples, "sales-100m.yaml");

    [Fact]
    public void Import_ExportedWorkbook_WritesAPlanThatCalculatesLikeTheOriginal()
    {
        using var dir = new TempDir();
        var xlsx = Path.Combine(dir.Path, "plan.xlsx");
        Assert.Equal(0, IpponCli.Run("export", Seed, "-o", xlsx).ExitCode);

        var run = IpponProcess.StartIn(dir.Path, "import", "plan.xlsx");

        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("plan.yaml", run.Out);
        var original = IpponCli.Run("plan", Seed, "--json");
        var imported = IpponCli.Run("plan", Path.Combine(dir.Path, "plan.yaml"), "--json");
        Assert.Equal(original.Out, imported.Out);
    }

    [Fact]
    public void Import_ExistingPlanFile_IsLeftAloneWithoutForce()
    {
        using var dir = new TempDir();
        var xlsx = Path.Combine(dir.Path, "plan.xlsx");
        Assert.Equal(0, IpponCli.Run("export", Seed, "-o", xlsx).ExitCode);
        var existing = dir.File("plan.yaml", "# my hand-written plan\n");

        var refused = IpponProcess.StartIn(dir.Path, "import", "plan.xlsx", "-o", "plan.yaml");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.Err);
        Assert.Equal("# my hand-written plan\n", File.ReadAllText(existing));

        var forced = IpponProcess.StartIn(dir.Path, "import", "plan.xlsx", "-o", "plan.yaml", "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.StartsWith("plan: 年間売上1億円計画", File.ReadAllText(existing));
    }

    [Fact]
    public void Import_FileThatIsNotAWorkbook_Exits2WithoutWritingAnything()
    {
        using var dir = new TempDir();
        var fake = dir.File("fake.xlsx", "just text");

        var run = IpponProcess.StartIn(dir.Path, "import", fake, "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot be read as an Excel workbook", run.Err);
        Assert.False(File.Exists(Path.Combine(dir.Path, "fake.yaml")));
    }

    [Fact]
    public void Import_ToStandardOutput_PrintsThePlanFile()
    {
        using var dir = new TempDir();
        var xlsx = Path.Combine(dir.Path, "plan.xlsx");
        Assert.Equal(0, IpponCli.Run("export", Seed, "-o", xlsx).ExitCode);

        var run = IpponCli.Run("import", xlsx, "-o", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("formula: \"deals * win_rate\"", run.Out);
    }
}
