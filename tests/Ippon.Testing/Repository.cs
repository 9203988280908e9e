namespace Ippon.Testing;

/// <summary>The source tree the tests run from (found upwards from the build output by Ippon.slnx).</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    /// <summary>The full path of <paramref name="relative"/> (with '/' separators) in the source tree.</summary>
    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Ippon.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Ippon.slnx not found above " + AppContext.BaseDirectory);
    }
}
