namespace Ippon.Export.Tests;

/// <summary>Every example plan shipped in examples/ (and examples/cases/), by file name.</summary>
public static class Examples
{
    static string Folder => Path.Combine(AppContext.BaseDirectory, "examples");

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Folder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(Folder, f));
        return data;
    }

    public static string Path_(string name) => Path.Combine(Folder, name);
}
