namespace Ippon.Storage;

/// <summary>One save of a plan: the whole plan file (YAML) as it was, who saved it, when, and what changed. Never modified.</summary>
public sealed class PlanVersion
{
    internal PlanVersion(Guid planId, int number, string title, string yaml, string author, string summary, DateTime savedAt)
    {
        PlanId = planId;
        Number = number;
        Title = title;
        Yaml = yaml;
        Author = author;
        Summary = summary;
        SavedAt = savedAt;
    }

    public Guid PlanId { get; private set; }

    /// <summary>1 for the first save, then 2, 3…</summary>
    public int Number { get; private set; }

    public string Title { get; private set; }

    /// <summary>The plan file's text: the canonical content, readable by <c>ippon plan</c>.</summary>
    public string Yaml { get; private set; }

    public string Author { get; private set; }

    /// <summary>What the save changed, in words: "受注率 20% → 15%".</summary>
    public string Summary { get; private set; }

    /// <summary>When it was saved, in UTC.</summary>
    public DateTime SavedAt { get; private set; }
}
