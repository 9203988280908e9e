using System.Collections.Immutable;

namespace Ippon.Plans;

/// <summary>One stage of a CRM export and the metrics a row in it counts toward: 受注 → leads, deals, orders.</summary>
public sealed record CrmStage(string Name, ImmutableArray<string> Metrics);
