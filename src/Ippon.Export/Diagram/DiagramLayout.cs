using System.Collections.Immutable;

namespace Ippon.Export.Diagram;

/// <summary>The tree laid out: every box and connector placed, and the size of the drawing.</summary>
public sealed record DiagramLayout(ImmutableArray<PlacedBox> Boxes, ImmutableArray<Connector> Connectors, double Width, double Height);
