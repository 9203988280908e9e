namespace Ippon.Web.Features.Editing;

/// <summary>
/// The plan page's tabs by their panel ids, in the order the page shows them: the URL names the open one
/// (<c>?tab=actuals</c>, the links of reminders and alerts too), and the page opens on it from its first render, so
/// that a reload or the language switch never shows another tab first.
/// </summary>
public static class PlanTabs
{
    public const string Guide = "guide";
    public const string Tree = "tree";
    public const string Actions = "actions";
    public const string Optimize = "optimize";
    public const string Actuals = "actuals";
    public const string Review = "review";
    public const string Scenarios = "scenarios";
    public const string Yaml = "yaml";
    public const string History = "history";

    /// <summary>The plan's horizon and CRM mapping (Authoring/PlanSettingsPanel).</summary>
    public const string Settings = "settings";

    /// <summary>Only in plans with dimensions, last, so that the others keep their places.</summary>
    public const string Members = "members";

    static readonly string[] s_order = [Guide, Tree, Actions, Optimize, Actuals, Review, Scenarios, Yaml, History, Settings, Members];

    /// <summary>The index of the tab named <paramref name="id"/>, or null for an unknown name (or 'members' in a plan without dimensions).</summary>
    public static int? IndexOf(string? id, bool hasMembers)
    {
        var index = Array.IndexOf(s_order, id);
        return index < 0 || id == Members && !hasMembers ? null : index;
    }
}
