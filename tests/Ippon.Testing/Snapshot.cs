using System.Reflection;
using System.Runtime.CompilerServices;

namespace Ippon.Testing;

/// <summary>Compares output with a committed file under the test project's TestData/; <c>IPPON_UPDATE_SNAPSHOTS=1</c> rewrites the file instead.</summary>
/// <remarks>
/// The files are read from and written to the source tree (tests/&lt;test assembly&gt;/TestData), so an update shows up in
/// <c>git diff</c> for review. The test project is the assembly that calls, so each project keeps its own snapshots.
/// </remarks>
public static class Snapshot
{
    public const string UpdateVariable = "IPPON_UPDATE_SNAPSHOTS";

    /// <summary>Whether this run rewrites the snapshots instead of comparing.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>The committed file <paramref name="name"/> under the calling test project's TestData folder.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static string PathOf(string name) => PathIn(Assembly.GetCallingAssembly(), name);

    /// <summary>Fails, showing the first differing line, unless <paramref name="actual"/> equals the committed snapshot.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Match(string name, string actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var path = PathIn(Assembly.GetCallingAssembly(), name);
        actual = actual.ReplaceLineEndings("\n");
        if (Updating)
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

    static string PathIn(Assembly tests, string name) =>
        Path.Combine(Repository.Root, "tests", tests.GetName().Name!, "TestData", name);
}
