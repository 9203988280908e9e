namespace Ippon.Cli.Tests;

/// <summary>Compares output with a committed file under TestData/; <c>IPPON_UPDATE_SNAPSHOTS=1</c> rewrites the file instead.</summary>
/// <remarks>The files are read from and written to the source tree, so an update shows up in <c>git diff</c> for review.</remarks>
public static class Snapshot
{
    public const string UpdateVariable = "IPPON_UPDATE_SNAPSHOTS";

    /// <summary>The committed file <paramref name="name"/> under tests/Ippon.Cli.Tests/TestData.</summary>
    public static string PathOf(string name) => Path.Combine(RepositoryRoot, "tests", "Ippon.Cli.Tests", "TestData", name);

    /// <summary>Fails, showing the first differing line, unless <paramref name="actual"/> equals the committed snapshot.</summary>
    public static void Match(string name, string actual)
    {
        var path = PathOf(name);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"no snapshot {path}; run the tests with {UpdateVariable}=1 to write it, then review and commit it");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == actual) return;
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var line = 0;
        while (line < e.Length && line < a.Length && e[line] == a[line]) line++;
        Assert.Fail($"""
            output differs from {path} at line {line + 1}:
              expected: {(line < e.Length ? e[line] : "(end of file)")}
              actual:   {(line < a.Length ? a[line] : "(end of output)")}
            If the change is intended, run the tests with {UpdateVariable}=1 and review the diff.
            """);
    }

    static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Ippon.slnx"))) return dir.FullName;
            throw new InvalidOperationException("Ippon.slnx not found above " + AppContext.BaseDirectory);
        }
    }
}
