using System.Reflection;
using System.Text.RegularExpressions;
using Ippon.Plans;

namespace Ippon.Tests;

/// <summary>Rules about the code itself that no single feature test would notice breaking.</summary>
public class ConventionTests
{
    static readonly Assembly s_core = typeof(Plan).Assembly;

    [Fact]
    public void Core_References_OnlyTheBaseClassLibrary()
    {
        var outside = s_core.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n != "netstandard" && n != "mscorlib" && !n.StartsWith("System", StringComparison.Ordinal) && !n.StartsWith("Microsoft.Win32", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(outside);
    }

    [Fact]
    public void Core_PublicTypes_AreEachInAFileOfTheirName()
    {
        var root = Repository.Root;
        var files = Directory.GetFiles(Path.Combine(root, "src", "Ippon.Core"), "*.cs", SearchOption.AllDirectories)
            .Select(Path.GetFileNameWithoutExtension)
            .ToHashSet();

        // The cases of a closed hierarchy (Literal, Ref, … : Expr) live with their base, as style.md shows; so do delegates.
        var missing = s_core.GetExportedTypes()
            .Where(t => !t.IsNested && !t.IsSubclassOf(typeof(MulticastDelegate)))
            .Where(t => t.BaseType is null || t.BaseType == typeof(object) || t.BaseType == typeof(ValueType) || t.BaseType == typeof(Enum) || !files.Contains(t.BaseType.Name))
            .Select(t => t.Name.Split('`')[0])
            .Where(name => !files.Contains(name))
            .ToList();

        Assert.True(missing.Count == 0, string.Join(", ", missing));
    }

    /// <summary>
    /// Every C# file of every project under src/ declares the namespace its folder spells: the project's root namespace
    /// plus the folders below it (src/Ippon.Core/Formulas/Syntax/Parser.cs → Ippon.Formulas.Syntax), so a type is found
    /// where its namespace says. Files outside any folder of the project (Program.cs) use the root namespace.
    /// </summary>
    [Fact]
    public void Sources_Namespaces_AreTheRootNamespacePlusTheFolderPath()
    {
        var src = Path.Combine(Repository.Root, "src");
        var wrong = new List<string>();
        foreach (var project in Directory.GetFiles(src, "*.csproj", SearchOption.AllDirectories))
        {
            var folder = Path.GetDirectoryName(project)!;
            var rootNamespace = s_rootNamespace.Match(File.ReadAllText(project)) is { Success: true } m ? m.Groups[1].Value : Path.GetFileNameWithoutExtension(project);
            foreach (var file in Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(folder, Path.GetDirectoryName(file)!);
                if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj") continue;
                var expected = relative == "." ? rootNamespace : rootNamespace + "." + relative.Replace(Path.DirectorySeparatorChar, '.');
                foreach (Match declared in s_namespace.Matches(File.ReadAllText(file)))
                {
                    if (declared.Groups[1].Value != expected)
                        wrong.Add($"{Path.GetRelativePath(Repository.Root, file)}: namespace {declared.Groups[1].Value}, expected {expected}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    static readonly Regex s_rootNamespace = new("<RootNamespace>([^<]+)</RootNamespace>", RegexOptions.CultureInvariant);
    static readonly Regex s_namespace = new(@"^namespace\s+([\w.]+)", RegexOptions.Multiline | RegexOptions.CultureInvariant);
}
