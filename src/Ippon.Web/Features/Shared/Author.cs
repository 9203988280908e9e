namespace Ippon.Web.Features.Shared;

/// <summary>Names as the history keeps them.</summary>
public static class Author
{
    /// <summary>The longest name kept.</summary>
    public const int MaxLength = 100;

    /// <summary>A name trimmed to <see cref="MaxLength"/>, or "guest" when empty.</summary>
    public static string Clean(string? name)
    {
        var n = name?.Trim() ?? "";
        if (n.Length == 0) return "guest";
        return n.Length > MaxLength ? n[..MaxLength] : n;
    }
}
