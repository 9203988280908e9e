namespace Ippon.Calculation;

/// <summary>What is wrong with one member's cell: its plan falls short of its target, or an action exceeds its capacity.</summary>
public enum MemberIssueKind
{
    OffTrack,
    OverCapacity,
}
