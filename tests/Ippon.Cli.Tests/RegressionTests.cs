namespace Ippon.Cli.Tests;

/// <summary>Every reproducer in tests/Regressions (issue 10) ends with the exit code its README row gives, cleanly.</summary>
public class RegressionTests
{
    static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "Regressions");
                if (File.Exists(Path.Combine(candidate, "README.md"))) return candidate;
            }
            throw new DirectoryNotFoundException("tests/Regressions");
        }
    }

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var line in File.ReadLines(Path.Combine(Folder, "README.md")))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length < 5 || !cells[1].Contains('.', StringComparison.Ordinal) || !int.TryParse(cells[^2], out var exit)) continue;
            data.Add(cells[1], exit);
        }
        return data;
    }

    [Fact]
    public void EveryFileInTheFolder_HasARowAndEveryRowAFile()
    {
        var files = Directory.GetFiles(Folder).Select(f => Path.GetFileName(f)).Where(f => f != "README.md").Order().ToList();

        Assert.Equal(files, Cases().Select(c => (string)c[0]).Order().ToList());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reproducer_EndsWithItsExitCodeWithoutAStackTrace(string file, int exit)
    {
        var path = Path.Combine(Folder, file);
        var run = Path.GetExtension(file) switch
        {
            ".csv" => IpponCli.Run("review", Path.Combine(IpponProcess.Examples, "sales-100m.yaml"), "--actuals", path, "--lang", "en"),
            ".xlsx" => IpponCli.Run("import", path, "-o", Path.Combine(Path.GetTempPath(), $"ippon-regression-{Guid.NewGuid():N}.yaml"), "--lang", "en"),
            _ => IpponCli.Run("check", path, "--lang", "en"),
        };

        Assert.True(run.ExitCode == exit, $"{file}: exit {run.ExitCode}\n{run.Err}");
        Assert.DoesNotContain("Exception", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
        Assert.All(run.Err.Split('\n'), l => Assert.True(l.Length < 1_000, $"{file}: a stderr line of {l.Length} characters"));
    }
}
