namespace Ippon.Storage;

/// <summary>A plan kept in the database: its title, its life cycle (archived, deleted) and the number of its latest version.</summary>
/// <remarks>
/// The plan's content is not here: it lives in its <see cref="PlanVersion"/>s, one immutable plan file (YAML) per
/// save. <see cref="Revision"/> is the concurrency token: every change of this row increments it, so two saves
/// that started from the same state cannot both win (the API exposes it as the ETag).
/// </remarks>
public sealed class StoredPlan
{
    StoredPlan(Guid id, string title, DateTime createdAt)
    {
        Id = id;
        Title = title;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    /// <summary>The title of the latest version (the plan file's <c>plan:</c>), kept here for the list.</summary>
    public string Title { get; private set; }

    /// <summary>The number of the latest version; versions are numbered 1, 2, 3… per plan.</summary>
    public int LatestVersion { get; private set; }

    public bool Archived { get; private set; }

    /// <summary>When the plan was deleted; a deleted plan is hidden and can be restored (undo).</summary>
    public DateTime? DeletedAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>When the plan last changed (a save, an archive, a delete), in UTC.</summary>
    public DateTime UpdatedAt { get; private set; }

    /// <summary>Incremented on every change of the row; the optimistic concurrency token.</summary>
    public long Revision { get; private set; }

    /// <summary>Starts a plan with its first version.</summary>
    public static (StoredPlan Plan, PlanVersion First) Create(string title, string yaml, string author, string summary, DateTime now)
    {
        var plan = new StoredPlan(Guid.NewGuid(), title, now);
        var first = plan.AddVersion(title, yaml, author, summary, now);
        return (plan, first);
    }

    /// <summary>Records a save: the next version number, the new title, a new revision.</summary>
    public PlanVersion AddVersion(string title, string yaml, string author, string summary, DateTime now)
    {
        ArgumentException.ThrowIfNullOrEmpty(yaml);
        LatestVersion++;
        Title = title;
        Touch(now);
        return new PlanVersion(Id, LatestVersion, title, yaml, author, summary, now);
    }

    public void Archive(DateTime now)
    {
        Archived = true;
        Touch(now);
    }

    public void Unarchive(DateTime now)
    {
        Archived = false;
        Touch(now);
    }

    public void Delete(DateTime now)
    {
        DeletedAt = now;
        Touch(now);
    }

    public void Undelete(DateTime now)
    {
        DeletedAt = null;
        Touch(now);
    }

    void Touch(DateTime now)
    {
        UpdatedAt = now;
        Revision++;
    }
}
