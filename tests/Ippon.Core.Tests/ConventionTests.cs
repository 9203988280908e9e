using System.Reflection;
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

    [Fact]
    public void Core_Namespaces_FollowTheFolders()
    {
        var wrong = s_core.GetTypes()
            .Where(t => t.Namespace is not null && !t.Namespace.StartsWith("Ippon", StringComparison.Ordinal) && !t.Name.StartsWith('<'))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(wrong);
    }
}
