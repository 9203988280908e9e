using System.Reflection;

namespace Ippon.Web.Features.Plans;

/// <summary>The plan templates: the example plans (examples/*.yaml) carried inside the app, as `ippon init` carries them.</summary>
public static class Templates
{
    const string Prefix = "Ippon.Web.Templates.";

    /// <summary>The template that is also the seed plan of a new database.</summary>
    public const string Default = "sales-100m";

    /// <summary>The template names, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. typeof(Templates).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^".yaml".Length])
        .Order(StringComparer.Ordinal)];

    /// <summary>The text of template <paramref name="name"/>, or null.</summary>
    public static string? Text(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + name + ".yaml");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
