using Ippon.Export;
using Ippon.Numbers;

namespace Ippon.Cli.Tests.Output;

/// <summary>Every file the CLI writes goes through <see cref="OutputFile"/>: a failed write leaves what was there untouched,
/// a successful one replaces it whole, and no temporary file is left beside it either way.</summary>
public class AtomicOutputTests
{
    static string Seed => Path.Combine(IpponProcess.Examples, "sales-100m.yaml");

    static string ContractCsv => Path.Combine(IpponProcess.Examples, "sales-100m-actuals.csv");

    static string[] Names(string folder) => [.. Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Fact]
    public void OutputFile_WriteThatFailsHalfway_LeavesTheOldFileIntactAndNoTemporaryFile()
    {
        using var dir = new TempDir();
        var file = dir.File("plan.yaml", "# my own plan\n");

        var error = OutputFile.Write(file, temp =>
        {
            File.WriteAllText(temp, "# half a pla");
            throw new IOException("disk full");
        });

        Assert.NotNull(error);
        Assert.Contains("disk full", error!.In(Language.En));
        Assert.Equal("# my own plan\n", File.ReadAllText(file));
        Assert.Equal(["plan.yaml"], Names(dir.Path));
    }

    [Fact]
    public void Init_ForceOverAnExistingFile_ReplacesItWholeAndLeavesNoTemporaryFile()
    {
        using var dir = new TempDir();
        var file = dir.File("plan.yaml", "# my own plan\n");

        var run = IpponCli.Run("init", "-t", "ec-revenue", "-o", file, "--force");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(IpponProcess.Examples, "ec-revenue.yaml")), File.ReadAllText(file));
        Assert.Equal(["plan.yaml"], Names(dir.Path));
    }

    [Fact]
    public void Init_OutputIsAFolderWithForce_Exits2SayingSoAndLeavesTheFolderAsItWas()
    {
        using var dir = new TempDir();
        var folder = Directory.CreateDirectory(Path.Combine(dir.Path, "plan.yaml")).FullName;
        var inside = Path.Combine(folder, "keep.txt");
        File.WriteAllText(inside, "keep me\n");

        var run = IpponCli.Run("init", "-o", folder, "--force", "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a folder; give a file name with -o", run.Err);
        Assert.Equal("keep me\n", File.ReadAllText(inside));
        Assert.Equal(["keep.txt"], Names(folder));
        Assert.Equal(["plan.yaml"], Names(dir.Path));
    }

    [Fact]
    public void Init_OutputFolderMissing_Exits2NamingTheFolderAndCreatesNothing()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "missing", "plan.yaml");

        var run = IpponCli.Run("init", "-o", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("というフォルダがありません", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
        Assert.Empty(Names(dir.Path));
    }

    [Fact]
    public void WriteRevision_OutputIsAFolderWithForce_Exits2AndLeavesThePlanAndTheFolderAsTheyWere()
    {
        using var dir = new TempDir();
        var plan = dir.File("plan.yaml", File.ReadAllText(Seed));
        var original = File.ReadAllText(plan);
        var folder = Directory.CreateDirectory(Path.Combine(dir.Path, "plan-q2.yaml")).FullName;

        var run = IpponCli.Run("review", plan, "--actuals", ContractCsv, "--write-revision", folder, "--force", "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a folder", run.Err);
        Assert.Equal(original, File.ReadAllText(plan));
        Assert.Empty(Names(folder));
        Assert.Equal(["plan-q2.yaml", "plan.yaml"], Names(dir.Path));
    }

    [Fact]
    public void WriteRevision_ForceOntoThePlanItself_ReplacesItWholeAndLeavesNoTemporaryFile()
    {
        using var dir = new TempDir();
        var plan = dir.File("plan.yaml", File.ReadAllText(Seed));
        var original = File.ReadAllText(plan);

        var run = IpponCli.Run("review", plan, "--actuals", ContractCsv, "--write-revision", plan, "--force");

        Assert.Equal(0, run.ExitCode);
        var written = File.ReadAllText(plan);
        Assert.NotEqual(original, written);
        Assert.Contains("revisions:", written);
        Assert.Equal(["plan.yaml"], Names(dir.Path));
    }
}
