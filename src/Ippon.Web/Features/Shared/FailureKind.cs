namespace Ippon.Web.Features.Shared;

/// <summary>Why an operation did not happen; each maps to one HTTP status.</summary>
public enum FailureKind
{
    /// <summary>The input cannot be used (400).</summary>
    Invalid,

    /// <summary>The plan or version does not exist (404).</summary>
    NotFound,

    /// <summary>The caller's role does not allow it (403): a viewer saving, an editor changing another department's metric.</summary>
    Forbidden,

    /// <summary>Someone else changed the plan since it was read (409 / 412).</summary>
    Conflict,
}
