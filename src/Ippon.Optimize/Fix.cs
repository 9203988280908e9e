using Ippon.Numbers;

namespace Ippon.Optimize;

/// <summary>One way to make an infeasible plan fit, as a sentence for a meeting: 営業部に 100時間 (0.28人 ≒ 1人) 追加.</summary>
/// <param name="Kind">team (extra hours), rate (an assumption or a per_unit improved), kgi (the highest KGI as the plan stands).</param>
/// <param name="Subject">The team, metric or action the fix changes.</param>
/// <param name="From">The value now (hours, rate, price), or the KGI's target for <c>kgi</c>.</param>
/// <param name="To">The value that fits, or the highest KGI reachable.</param>
public sealed record Fix(string Kind, string Subject, decimal? From, decimal To, Message Sentence)
{
    /// <summary>Extra hours per team, for a <c>team</c> fix.</summary>
    public IReadOnlyDictionary<string, decimal> ExtraHours { get; init; } = new Dictionary<string, decimal>();
}
