namespace Ippon.Web.Features.Shared;

/// <summary>The page to go back to after a switch (language, display settings): only a path on this site, never elsewhere.</summary>
public static class LocalReturn
{
    /// <summary><paramref name="path"/> when it is a local path (/plans/3), else "/".</summary>
    public static string Path(string? path) =>
        path is { Length: > 0 } r && r.StartsWith('/') && !r.StartsWith("//", StringComparison.Ordinal) && !r.StartsWith("/\\", StringComparison.Ordinal) ? r : "/";
}
