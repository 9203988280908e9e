using System.Text.RegularExpressions;

namespace Ippon.Web.Tests.Features;

/// <summary>
/// Feature slices (src/Ippon.Web/Features/&lt;Feature&gt;) may use each other one way only: a cycle between folders
/// (Editing → History → Editing) means neither can be read, changed or moved without the other.
/// </summary>
/// <remarks>
/// A folder uses another when its code names that folder's namespace: a <c>using</c>/<c>@using</c>, an
/// <c>@inject</c>, or a qualified name (<c>Ippon.Web.Features.History.PlanDiff</c>, or <c>History.PlanDiff</c> from
/// inside <c>Ippon.Web.Features</c>). Comments do not count. There is no cycle left and none may come back. The last
/// ones were broken so: Accounts and Conventions (the diff and merge of plans moved beside the plan file code,
/// Ippon.Files/Changes); Editing, Live, Calculation, Members and Optimization (the edit functions moved from the page
/// shell's folder Editing to Edits, which Authoring, Live and the page use one way); History and Audit (the store lists
/// and compares versions and reads the audit trail itself); Store, Plans, Drafts, Authoring and Edits (the store names
/// no slice: a slice's part of it is an extension declared in that slice, Plans/PlansInStore…, and a slice that acts
/// inside a save is an observer: Notifications' KpiAlertsOnSave); Actuals, Notifications and Review (the actuals' save
/// calls its <c>ISavedActualsObserver</c>s, Notifications' KpiAlertsOnActuals, instead of queueing the KPI alerts itself).
/// </remarks>
public sealed partial class SliceCycleTests
{
    [Fact]
    public void FeatureFolders_ImportEachOtherInNoCycle()
    {
        var graph = Dependencies();

        var cycles = StronglyConnected(graph).Select(c => string.Join(" ", c.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal).ToList();

        Assert.True(cycles.Count == 0, "cycles between feature folders (make one side an observer or an extension declared in the other):\n" + string.Join("\n", cycles.Select(c => Explain(c, graph))));
    }

    [Fact]
    public void TheCheck_SeesACycle()
    {
        var graph = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal)
        {
            ["Actuals"] = new(StringComparer.Ordinal) { ["Notifications"] = "Actuals/StoredActuals.cs", ["Store"] = "Actuals/ActualsInStore.cs" },
            ["Notifications"] = new(StringComparer.Ordinal) { ["Review"] = "Notifications/KpiAlerts.cs" },
            ["Review"] = new(StringComparer.Ordinal) { ["Actuals"] = "Review/ReviewPlan.cs" },
            ["Store"] = new(StringComparer.Ordinal),
        };

        var cycles = StronglyConnected(graph).Select(c => string.Join(" ", c.Order(StringComparer.Ordinal))).ToList();

        Assert.Equal(["Actuals Notifications Review"], cycles);
    }

    [Fact]
    public void Dependencies_SeeUsingsInjectsAndQualifiedNames()
    {
        var graph = Dependencies();

        // PlanPage.razor injects the store; Edits/EditMetric.cs has `using Ippon.Web.Features.Store;`.
        Assert.Contains("Store", graph["Editing"].Keys);
        Assert.Contains("Store", graph["Edits"].Keys);
        Assert.DoesNotContain("Editing", graph["Editing"].Keys);
    }

    // Each folder's uses of other folders, with one file that shows each use.
    static Dictionary<string, Dictionary<string, string>> Dependencies()
    {
        var features = Path.Combine(FindRepositoryRoot(), "src", "Ippon.Web", "Features");
        var folders = Directory.GetDirectories(features).Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var graph = folders.ToDictionary(f => f, _ => new Dictionary<string, string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(features, folder), "*", SearchOption.AllDirectories)
                         .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal)))
            {
                var code = WithoutComments(File.ReadAllText(file));
                var named = FullName().Matches(code).Select(m => m.Groups[1].Value);
                // From inside Ippon.Web.Features a folder's namespace may be named on its own: History.PlanDiff (C# files only:
                // in markup a bare Name.Member is as likely a property).
                if (file.EndsWith(".cs", StringComparison.Ordinal)) named = named.Concat(ShortName().Matches(code).Select(m => m.Groups[1].Value));
                foreach (var other in named.Where(n => n != folder && folders.Contains(n)))
                    graph[folder].TryAdd(other, Path.GetRelativePath(features, file));
            }
        }
        return graph;
    }

    static string WithoutComments(string code) => Comments().Replace(code, "");

    // Tarjan's algorithm; the graph is a couple of dozen folders, so recursion is fine.
    static List<List<string>> StronglyConnected(Dictionary<string, Dictionary<string, string>> graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<List<string>>();
        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in graph[v].Keys)
            {
                if (index.TryGetValue(w, out var seen))
                {
                    if (onStack.Contains(w)) low[v] = Math.Min(low[v], seen);
                }
                else
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
            }
            if (low[v] != index[v]) return;
            var group = new List<string>();
            string x;
            do
            {
                x = stack.Pop();
                onStack.Remove(x);
                group.Add(x);
            }
            while (x != v);
            if (group.Count > 1) groups.Add(group);
        }
        foreach (var v in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(v)) Visit(v);
        }
        return groups;
    }

    static string Explain(string cycle, Dictionary<string, Dictionary<string, string>> graph)
    {
        var members = cycle.Split(' ').ToHashSet(StringComparer.Ordinal);
        return cycle + ":\n" + string.Join("\n", members.Order(StringComparer.Ordinal).SelectMany(a =>
            graph[a].Where(e => members.Contains(e.Key)).Select(e => $"  {a} → {e.Key} ({e.Value})")));
    }

    static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Ippon.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Ippon.slnx not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"Ippon\.Web\.Features\.(\w+)")]
    private static partial Regex FullName();

    [GeneratedRegex(@"(?<![\w.""/])([A-Z]\w+)\.[A-Z]\w*")]
    private static partial Regex ShortName();

    // Line comments (// and ///), block comments and Razor comments.
    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex Comments();
}
