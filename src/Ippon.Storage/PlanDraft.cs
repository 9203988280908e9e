namespace Ippon.Storage;

/// <summary>
/// One user's unsaved work on one plan, kept by the page as it is typed so that a reload, a lost connection or a
/// server restart loses nothing: the draft plan file (when the plan was edited) and the actuals typed into the grid.
/// Overwritten on every autosave; deleted once there is nothing unsaved left.
/// </summary>
public sealed class PlanDraft
{
    public PlanDraft(Guid planId, string user)
    {
        PlanId = planId;
        User = user;
    }

    public Guid PlanId { get; private set; }

    /// <summary>The account's user name (drafts are per user and plan).</summary>
    public string User { get; private set; }

    /// <summary>The saved version the draft was edited from: older than the latest, the draft is merged on restore.</summary>
    public int BaseVersion { get; set; }

    /// <summary>The draft plan file text, or null when only actuals were typed.</summary>
    public string? Yaml { get; set; }

    /// <summary>The actuals typed but not stored, as JSON (<c>[{"period":"Q1","metric":"leads","text":"200"}]</c>), or null.</summary>
    public string? Actuals { get; set; }

    /// <summary>
    /// The node editor's field being typed and not applied yet, as JSON
    /// (<c>{"node":"win_rate","field":"field-value","text":"15%"}</c>), or null: a reload puts the text back in the field.
    /// </summary>
    public string? Typing { get; set; }

    /// <summary>When the draft was last written, in UTC.</summary>
    public DateTime UpdatedAt { get; set; }
}
