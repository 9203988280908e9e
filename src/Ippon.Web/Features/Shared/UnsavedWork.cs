namespace Ippon.Web.Features.Shared;

/// <summary>
/// Per browser tab (a scoped service of the circuit): lets the app bar's language switch and 表示 menu, which reload the page,
/// write the open plan page's pending draft first, so that the page in the other language restores all of it.
/// </summary>
public sealed class UnsavedWork
{
    Func<Task>? _flush;

    /// <summary>The open plan page registers how to write its pending draft (null when it closes).</summary>
    public void Register(Func<Task>? flush) => _flush = flush;

    /// <summary>Writes the open page's pending draft now, if there is one.</summary>
    public Task FlushAsync() => _flush?.Invoke() ?? Task.CompletedTask;

    /// <summary>
    /// Goes to <paramref name="url"/> by a full load (the language switch, the 表示 menu) after writing the pending
    /// draft, so that the page that comes back restores all of it; the browser's "leave this page?" is not asked
    /// (ippon.go in wwwroot/drafts.js).
    /// </summary>
    public async Task ReloadAsync(Microsoft.JSInterop.IJSRuntime js, string url)
    {
        ArgumentNullException.ThrowIfNull(js);
        await FlushAsync();
        await Microsoft.JSInterop.JSRuntimeExtensions.InvokeVoidAsync(js, "ippon.go", url);
    }
}
