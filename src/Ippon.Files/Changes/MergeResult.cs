using Ippon.Plans;

namespace Ippon.Files.Changes;

/// <summary>The three-way merge of two saves from one version: the merged plan (conflicts resolved as chosen, else theirs) and the conflicts.</summary>
public sealed record MergeResult(Plan Merged, IReadOnlyList<MergeConflict> Conflicts)
{
    public bool Clean => Conflicts.Count == 0;
}
