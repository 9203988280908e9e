namespace Ippon.Testing;

/// <summary>The source tree the tests run from (found upwards from the build output by Ippon.slnx).</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    /// <summary>The full path of <paramref name="relative"/> (with '/' separators) in the source tree.</summary>
    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>
    /// Every C# and Razor source of the product (under src/, build output left out), each with its path relative to the
    /// root ('/' separators): what the tests that read the sources for a rule go through.
    /// </summary>
    public static IEnumerable<(string Relative, string Path)> ProductSources()
    {
        foreach (var file in Directory.GetFiles(System.IO.Path.Combine(Root, "src"), "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!file.EndsWith(".cs", StringComparison.Ordinal) && !file.EndsWith(".razor", StringComparison.Ordinal)) continue;
            var relative = System.IO.Path.GetRelativePath(Root, file).Replace(System.IO.Path.DirectorySeparatorChar, '/');
            if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal)) continue;
            yield return (relative, file);
        }
    }

    static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Ippon.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Ippon.slnx not found above " + AppContext.BaseDirectory);
    }
}
