namespace Ippon.Export.Tests;

/// <summary>Compares output with a committed file under TestData/; set IPPON_UPDATE_SNAPSHOTS=1 to rewrite the files instead.</summary>
public static class Snapshot
{
    public static void Match(string name, string actual)
    {
        var source = Path.Combine(SourceFolder(), "TestData", name);
        if (Environment.GetEnvironmentVariable("IPPON_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(source, actual);
            return;
        }
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", name);
        Assert.True(File.Exists(path), $"no snapshot {name}: run the tests once with IPPON_UPDATE_SNAPSHOTS=1 and review TestData/{name}");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    // The test project's folder, found from the build output (artifacts/bin/Ippon.Export.Tests/…) upwards.
    static string SourceFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ippon.slnx"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? ".", "tests", "Ippon.Export.Tests");
    }
}
