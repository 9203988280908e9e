using System.Text.Json;
using Ippon.Files.Plans;

namespace Ippon.Cli.Tests.Commands;

/// <summary>The templates of <c>ippon init</c> (examples/*.yaml): each one is written verbatim and passes <c>ippon check</c>.</summary>
public class InitCommandTests
{
    static string[] TemplateNames =>
        [.. Directory.GetFiles(IpponProcess.Examples, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    public static TheoryData<string> Templates => [.. TemplateNames];

    [Fact]
    public void Init_List_NamesEveryExampleAndAtLeastTheFourDomains()
    {
        var run = IpponCli.Run("init", "--list");

        Assert.Equal(0, run.ExitCode);
        var listed = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(TemplateNames, listed);
        Assert.Superset(new HashSet<string> { "sales-100m", "ec-revenue", "saas-mrr", "cs-retention" }, listed.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Init_Template_WritesTheExampleVerbatim(string template)
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "plan.yaml");

        var run = IpponCli.Run("init", "--template", template, "-o", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(IpponProcess.Examples, template + ".yaml")), File.ReadAllText(file));
        Assert.Contains($"ippon plan {file}", run.Out);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Check_Template_HasNoErrorsAndNoWarnings(string template)
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, template + ".yaml");
        Assert.Equal(0, IpponCli.Run("init", "-t", template, "-o", file).ExitCode);

        var strict = IpponCli.Run("check", file, "--strict");
        var json = IpponCli.Run("check", file, "--json");

        Assert.True(strict.ExitCode == 0, strict.Out + strict.Err);
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal(0, doc.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal(0, doc.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Plan_TemplateScenarios_EachCalculateWithoutErrors(string template)
    {
        var file = Path.Combine(IpponProcess.Examples, template + ".yaml");
        var scenarios = PlanReader.ReadFile(file).Plan!.Scenarios;

        foreach (var scenario in scenarios)
        {
            var run = IpponCli.Run("plan", file, "--scenario", scenario.Name);
            using var check = JsonDocument.Parse(IpponCli.Run("check", file, "--scenario", scenario.Name, "--json").Out);

            // A scenario is read as a plan: the only error it may have is needing more than a team can do (the
            // sample's stretch: 2,000 leads bring 200 deals, 20,000 calls for 14,400 the callers can make).
            var errors = check.RootElement.GetProperty("findings").EnumerateArray()
                .Where(f => f.GetProperty("severity").GetString() == "error").Select(f => f.GetProperty("rule").GetString()).ToList();
            Assert.True(errors.All(rule => rule == "over-capacity"), $"{template} --scenario {scenario.Name}: {string.Join(", ", errors)}");
            Assert.True(run.ExitCode == (errors.Count == 0 ? 0 : 1), $"{template} --scenario {scenario.Name}: {run.Out}{run.Err}");
            Assert.Contains($"(シナリオ: {scenario.Name})", run.Out);
        }
    }

    [Theory]
    [InlineData("sales-100m")]
    [InlineData("ec-revenue")]
    [InlineData("saas-mrr")]
    [InlineData("cs-retention")]
    public void Template_DomainPlan_HasAScenario(string template)
    {
        Assert.NotEmpty(PlanReader.ReadFile(Path.Combine(IpponProcess.Examples, template + ".yaml")).Plan!.Scenarios);
    }

    [Fact]
    public void Init_ExistingFile_RefusesToOverwriteWithoutForceAndLeavesItAsItWas()
    {
        using var dir = new TempDir();
        var file = dir.File("plan.yaml", "# my own plan\n");

        var refused = IpponCli.Run("init", "--template", "saas-mrr", "-o", file);

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("# my own plan\n", File.ReadAllText(file));
        Assert.Contains("--force", refused.Err);
        Assert.Equal("", refused.Out);

        var forced = IpponCli.Run("init", "--template", "saas-mrr", "-o", file, "--force");

        Assert.Equal(0, forced.ExitCode);
        Assert.StartsWith("# SaaS", File.ReadAllText(file));
    }

    [Fact]
    public void Init_NoOutput_WritesPlanYamlInTheWorkingDirectoryFromTheSeedTemplate()
    {
        using var dir = new TempDir();

        var run = IpponProcess.StartIn(dir.Path, "init");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(IpponProcess.Examples, "sales-100m.yaml")), File.ReadAllText(Path.Combine(dir.Path, "plan.yaml")));
    }

    [Fact]
    public void Init_OutputDash_PrintsTheTemplate()
    {
        var run = IpponCli.Run("init", "-t", "ec-revenue", "-o", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(IpponProcess.Examples, "ec-revenue.yaml")), run.Out);
    }

    [Fact]
    public void Init_UnknownTemplate_Exits2ListingTheTemplates()
    {
        using var dir = new TempDir();

        var run = IpponCli.Run("init", "--template", "saas", "-o", Path.Combine(dir.Path, "p.yaml"), "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"no template 'saas'; expected one of {string.Join(", ", TemplateNames)}", run.Err);
        Assert.False(File.Exists(Path.Combine(dir.Path, "p.yaml")));
    }

    [Fact]
    public void Init_OutputIsADirectory_Exits2EvenWithForce()
    {
        using var dir = new TempDir();

        var run = IpponCli.Run("init", "-o", dir.Path, "--force");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("ippon: ", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
    }
}
