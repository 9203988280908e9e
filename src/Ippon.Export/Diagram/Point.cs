namespace Ippon.Export.Diagram;

/// <summary>A point of the diagram in CSS pixels, y downwards.</summary>
public readonly record struct Point(double X, double Y);
