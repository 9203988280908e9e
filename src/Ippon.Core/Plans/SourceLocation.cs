namespace Ippon.Plans;

/// <summary>Where something was written in a plan file: 1-based line and column.</summary>
public readonly record struct SourceLocation(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
