namespace Ippon.Export.Diagram;

/// <summary>A box of the diagram at its place: top-left corner and size, in CSS pixels.</summary>
public sealed record PlacedBox(DiagramNode Node, double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    /// <summary>True when the two boxes share any area (touching edges do not count).</summary>
    public bool Overlaps(PlacedBox other) =>
        X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;
}
