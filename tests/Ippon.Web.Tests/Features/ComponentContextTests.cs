using System.Text.RegularExpressions;

namespace Ippon.Web.Tests.Features;

/// <summary>
/// Components (the .razor files and their code-behind partials) never open a database context: they call the plan
/// store (<c>PlanStore</c> and the slices' parts of it, Plans/PlansInStore, Actuals/ActualsInStore,
/// Drafts/DraftsInStore), which opens one per call.
/// </summary>
public sealed partial class ComponentContextTests
{
    /// <summary>The components that still open a context themselves, to be moved behind a store; the list only shrinks.</summary>
    /// <remarks>
    /// None of them reads or writes plans: the accounts page (users and API tokens, through ASP.NET Identity's
    /// UserManager and its scope's context) and the two notification pages (the server's notification settings, a
    /// user's preferences).
    /// </remarks>
    static readonly string[] KnownOpeners =
    [
        "Accounts/AccountsPage.razor",
        "Notifications/NotificationAdminPage.razor",
        "Notifications/PreferencesPage.razor",
    ];

    [Fact]
    public void Components_OpenNoDatabaseContext_ButTheKnownOnes()
    {
        var src = Path.Combine(FindRepositoryRoot(), "src", "Ippon.Web");
        var features = Path.Combine(src, "Features");
        var openers = Components(src)
            .Where(f => Opens().IsMatch(Comments().Replace(File.ReadAllText(f), "")))
            .Select(f => Path.GetRelativePath(features, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        var unexpected = openers.Except(KnownOpeners).ToList();
        var gone = KnownOpeners.Except(openers).ToList();
        Assert.True(unexpected.Count == 0 && gone.Count == 0,
            (unexpected.Count > 0 ? "components that open a database context (call the plan store instead):\n" + string.Join("\n", unexpected) : "") +
            (gone.Count > 0 ? "\nthese no longer open one (remove them from KnownOpeners):\n" + string.Join("\n", gone) : ""));
    }

    [Fact]
    public void TheCheck_SeesAContextOpenedInAComponent()
    {
        // The known openers are seen (the accounts page resolves IpponDb from a scope), and the plan page is a component.
        var src = Path.Combine(FindRepositoryRoot(), "src", "Ippon.Web");
        var components = Components(src).Select(f => Path.GetFileName(f)).ToList();
        Assert.Contains("PlanPage.razor", components);
        Assert.Contains("PlanPage.Drafts.cs", components);
        Assert.Matches(Opens(), File.ReadAllText(Path.Combine(src, "Features", "Accounts", "AccountsPage.razor")));
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
