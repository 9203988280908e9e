using Ippon.Numbers;

namespace Ippon.Checks;

/// <summary>What a check found: the rule, the metric or action it concerns, and a message that says how to fix it.</summary>
public sealed record Finding(Rule Rule, string Subject, Message Message)
{
    public Severity Severity => Rule.Severity;

    /// <summary>The member (東京/田中) for a metric that varies over dimensions, or null for the whole metric.</summary>
    public string? Member { get; init; }
}
