namespace Ippon.Files.Tests;

/// <summary>The seed plan file (examples/sales-100m.yaml) as copied next to the tests.</summary>
static class Seed
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "examples", "sales-100m.yaml");

    public static string Text => File.ReadAllText(Path);

    /// <summary>The seed plan's text with <paramref name="oldText"/> replaced, failing when it is not there.</summary>
    public static string With(string oldText, string newText)
    {
        var text = Text;
        Assert.Contains(oldText, text);
        return text.Replace(oldText, newText, StringComparison.Ordinal);
    }
}
