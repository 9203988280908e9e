using Ippon.Plans;

namespace Ippon.Optimize;

/// <summary>A team's hours in the current and the optimal mix, against what it has.</summary>
public sealed record TeamLine(Team Team, decimal Available, decimal Current, decimal? Optimal);
