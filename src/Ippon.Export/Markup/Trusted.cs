namespace Ippon.Export.Markup;

/// <summary>Markup Ippon wrote itself (a nested SVG, a tag): inserted as it is, where any other value is escaped.</summary>
public readonly record struct Trusted(string Markup)
{
    public override string ToString() => Markup;
}
