namespace Ippon.Web.Features.Drafts;

/// <summary>
/// Per browser tab (a scoped service of the circuit): lets the app bar's language switch, which reloads the page,
/// write the open plan page's pending draft first, so that the page in the other language restores all of it.
/// </summary>
public sealed class UnsavedWork
{
    Func<Task>? _flush;

    /// <summary>The open plan page registers how to write its pending draft (null when it closes).</summary>
    public void Register(Func<Task>? flush) => _flush = flush;

    /// <summary>Writes the open page's pending draft now, if there is one.</summary>
    public Task FlushAsync() => _flush?.Invoke() ?? Task.CompletedTask;
}
