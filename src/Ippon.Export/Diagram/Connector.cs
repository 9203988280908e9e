using System.Collections.Immutable;

namespace Ippon.Export.Diagram;

/// <summary>A line of the diagram from a parent box to a child box, as a polyline of right-angled segments.</summary>
public sealed record Connector(ImmutableArray<Point> Points);
