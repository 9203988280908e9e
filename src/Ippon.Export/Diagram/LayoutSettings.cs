namespace Ippon.Export.Diagram;

/// <summary>The sizes the layout works with, in CSS pixels.</summary>
public sealed record LayoutSettings
{
    public double BoxWidth { get; init; } = 188;

    public double BoxHeight { get; init; } = 94;

    /// <summary>The vertical space between a parent and its children.</summary>
    public double LevelGap { get; init; } = 34;

    /// <summary>The least horizontal space between two boxes (or lines) side by side.</summary>
    public double SiblingGap { get; init; } = 14;

    /// <summary>The vertical space between boxes stacked in a column.</summary>
    public double StackGap { get; init; } = 10;

    /// <summary>How far the boxes of a column sit to the right of the line they hang from.</summary>
    public double StackIndent { get; init; } = 14;

    /// <summary>A node with at least this many leaf children hangs them in one column instead of a row.</summary>
    public int StackFrom { get; init; } = 3;

    /// <summary>The empty border around the drawing.</summary>
    public double Margin { get; init; } = 12;

    public static LayoutSettings Default { get; } = new();
}
