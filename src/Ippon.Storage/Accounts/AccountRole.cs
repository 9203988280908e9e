namespace Ippon.Storage.Accounts;

/// <summary>What an account (or an API token) may do; each role includes what the ones before it may.</summary>
public enum AccountRole
{
    /// <summary>Reads every plan, changes nothing.</summary>
    Viewer,

    /// <summary>A department editor: changes the metrics, actions and actuals whose <c>owner</c> is their department; reads the rest.</summary>
    Editor,

    /// <summary>Changes whole plans: creates, imports, edits, archives, deletes, restores.</summary>
    Planner,

    /// <summary>A planner who also manages accounts and API tokens.</summary>
    Admin,
}
