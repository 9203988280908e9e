using System.Text;

namespace Ippon.Cli.Tests;

/// <summary><c>ippon export</c> through the real executable: every format, bad input, safe writing.</summary>
public class ExportCommandTests
{
    static string Seed => Path.Combine(IpponProcess.Examples, "sales-100m.yaml");

    [Theory]
    [InlineData("html", "<!DOCTYPE html>")]
    [InlineData("svg", "<?xml")]
    [InlineData("md", "# 年間売上1億円計画")]
    [InlineData("xlsx", "PK")]
    [InlineData("pdf", "%PDF")]
    [InlineData("png", "\u0089PNG")]
    public void Export_SeedPlanInEveryFormat_WritesTheFileAndExits0(string format, string starts)
    {
        using var dir = new TempDir();
        var output = Path.Combine(dir.Path, "seed." + format);

        var run = IpponCli.Run("export", Seed, "--format", format, "-o", output, "--date", "2026-11-24");

        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("seed." + format, run.Out);
        var head = Encoding.Latin1.GetString(File.ReadAllBytes(output).AsSpan(0, 16));
        var utf8 = Encoding.UTF8.GetString(File.ReadAllBytes(output).AsSpan(0, Math.Min(64, (int)new FileInfo(output).Length)));
        Assert.True(head.StartsWith(starts, StringComparison.Ordinal) || utf8.StartsWith(starts, StringComparison.Ordinal), $"{format} starts with {head}");
        Assert.Single(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void Export_FormatFromTheOutputsExtension_WritesMarkdown()
    {
        using var dir = new TempDir();

        var run = IpponProcess.StartIn(dir.Path, "export", Seed, "-o", "plan.md");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("```mermaid", File.ReadAllText(Path.Combine(dir.Path, "plan.md")));
    }

    [Fact]
    public void Export_NoOutputGiven_NamesTheFileAfterThePlan()
    {
        using var dir = new TempDir();

        var run = IpponProcess.StartIn(dir.Path, "export", Seed, "--format", "svg");

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(dir.Path, "sales-100m.svg")));
    }

    [Fact]
    public void Export_MarkdownToStandardOutput_WithScenarioAndSet()
    {
        var run = IpponCli.Run("export", Seed, "--format", "md", "-o", "-", "--set", "win_rate=15%");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("| KPI | 商談数 | `deals` | `leads * deal_rate` | 134件 |", run.Out);
        Assert.Contains("| KPI | リード数 | `leads` |  | 1,340件 |", run.Out);
    }

    [Fact]
    public void Export_WithActualsAsOfQ2_IncludesTheReviewWith134DealsAnd1340Leads()
    {
        var actuals = Path.Combine(IpponProcess.Examples, "sales-100m-actuals.csv");

        var run = IpponCli.Run("export", Seed, "--format", "md", "-o", "-", "--actuals", actuals, "--as-of", "Q2");

        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("## 実績レビュー (Q2 時点)", run.Out);
        Assert.Contains("| 商談数 | 50件 | 40件 | 80% | 100件 | 134件 | 94件 |", run.Out);
        Assert.Contains("| リード数 | 500件 | 400件 | 80% | 1,000件 | 1,340件 | 940件 |", run.Out);
    }

    [Fact]
    public void Export_BadActuals_Exits2AndLeavesTheExistingOutputUntouched()
    {
        using var dir = new TempDir();
        var actuals = dir.File("actuals.csv", "period,metric,value\nQ1,nosuch,10\n");
        var output = dir.File("plan.md", "last week's");

        var run = IpponCli.Run("export", Seed, "-o", output, "--actuals", actuals);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("actuals.csv:2", run.Err);
        Assert.Equal("last week's", File.ReadAllText(output));
    }

    [Fact]
    public void Export_AsOfWithoutActuals_Exits2()
    {
        var run = IpponCli.Run("export", Seed, "--format", "md", "-o", "-", "--as-of", "Q2");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--actuals", run.Err);
    }

    [Fact]
    public void Export_English_WritesYenInFullDigits()
    {
        var run = IpponCli.Run("export", Seed, "--format", "md", "-o", "-", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("100,000,000 JPY", run.Out);
    }

    [Fact]
    public void Export_MalformedPlan_Exits2AndLeavesTheExistingOutputUntouched()
    {
        using var dir = new TempDir();
        var bad = dir.File("bad.yaml", "plan: x\nmetrics:\n  revenue: { name: 売上, role: kgi\n");
        var output = dir.File("approval.html", "the approval document of last week");

        var run = IpponCli.Run("export", bad, "--format", "html", "-o", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"bad\.yaml:\d+:\d+:", run.Err);
        Assert.Equal("the approval document of last week", File.ReadAllText(output));
        Assert.Equal(2, Directory.GetFiles(dir.Path).Length);
    }

    [Theory]
    [InlineData("--format", "docx")]
    [InlineData("--date", "24/11/2026")]
    [InlineData("--scenario", "nosuch")]
    public void Export_UnusableOption_Exits2WithAMessage(string option, string value)
    {
        using var dir = new TempDir();

        var run = IpponProcess.StartIn(dir.Path, "export", Seed, "-o", "out.html", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("ippon: ", run.Err);
        Assert.False(File.Exists(Path.Combine(dir.Path, "out.html")));
    }

    [Fact]
    public void Export_PdfToStandardOutput_Exits2()
    {
        var run = IpponCli.Run("export", Seed, "--format", "pdf", "-o", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("-o", run.Err);
    }

    [Fact]
    public void Export_PlanWithAnErrorFinding_WritesTheDocumentWithTheErrorAndExits1()
    {
        using var dir = new TempDir();
        var file = dir.File("p.yaml", File.ReadAllText(Seed).Replace("value: 20%", "value: 0%", StringComparison.Ordinal));
        var output = Path.Combine(dir.Path, "p.html");

        var run = IpponCli.Run("export", file, "--format", "html", "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unreachable-target", File.ReadAllText(output));
        Assert.Contains("ippon check", run.Err);
    }
}
