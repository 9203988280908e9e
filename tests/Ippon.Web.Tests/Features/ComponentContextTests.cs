using System.Text.RegularExpressions;

namespace Ippon.Web.Tests.Features;

/// <summary>
/// Components (the .razor files and their code-behind partials) never open a database context: they call the plan
/// store (<c>PlanStore</c> and the slices' parts of it, Plans/PlansInStore, Actuals/ActualsInStore,
/// Drafts/DraftsInStore, Notifications/NotificationsInStore), which opens one per call, or a service that does (the
/// accounts page: Accounts/AccountAdmin, over ASP.NET Identity's UserManager in a scope of its own).
/// </summary>
public sealed partial class ComponentContextTests
{
    [Fact]
    public void Components_OpenNoDatabaseContext()
    {
        var src = Path.Combine(FindRepositoryRoot(), "src", "Ippon.Web");
        var features = Path.Combine(src, "Features");
        var openers = Components(src)
            .Where(f => Opens().IsMatch(Comments().Replace(File.ReadAllText(f), "")))
            .Select(f => Path.GetRelativePath(features, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(openers.Count == 0, "components that open a database context (call the plan store instead):\n" + string.Join("\n", openers));
    }

    [Fact]
    public void TheCheck_SeesAContextOpenedInAComponent()
    {
        // A context resolved from a scope, injected, or reached through the store's door is seen; the plan page is a component.
        var src = Path.Combine(FindRepositoryRoot(), "src", "Ippon.Web");
        var components = Components(src).Select(f => Path.GetFileName(f)).ToList();
        Assert.Contains("PlanPage.razor", components);
        Assert.Contains("PlanPage.Drafts.cs", components);
        Assert.Matches(Opens(), "var db = scope.ServiceProvider.GetRequiredService<IpponDb>();");
        Assert.Matches(Opens(), "@inject IDbContextFactory<IpponDb> Dbs");
        Assert.Matches(Opens(), "await Store.WithContextAsync(db => db.Plans.ToListAsync())");
        Assert.DoesNotMatch(Opens(), "var rows = await Store.ActualsAsync(PlanId);");
    }

    // Every .razor file, and each .cs file beside one that continues its class (PlanPage.Drafts.cs beside PlanPage.razor).
    static IEnumerable<string> Components(string src) =>
        Directory.EnumerateFiles(src, "*.razor", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(razor => new[] { razor }.Concat(Directory.EnumerateFiles(Path.GetDirectoryName(razor)!, Path.GetFileNameWithoutExtension(razor) + ".*.cs")));

    static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Ippon.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Ippon.slnx not found above " + AppContext.BaseDirectory);
    }

    // The context's types, opening one, or the store's door for its slices' parts (WithContextAsync, Contexts).
    [GeneratedRegex(@"\bIpponDb\b|\bIDbContextFactory\b|\bCreateDbContext(Async)?\b|\.WithContextAsync\(|\.Contexts\b")]
    private static partial Regex Opens();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex Comments();
}
