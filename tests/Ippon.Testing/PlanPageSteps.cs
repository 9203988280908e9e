using Microsoft.Playwright;

namespace Ippon.Testing;

/// <summary>The steps browser tests take on a plan's page, each waiting on a state the page exposes (never a sleep).</summary>
/// <remarks>The selectors are the page's <c>data-testid</c>s: <c>tree</c>, <c>node-&lt;id&gt;</c>, <c>field-&lt;name&gt;</c>.</remarks>
public static class PlanPageSteps
{
    /// <summary>Opens plan <paramref name="id"/> and waits for its tree.</summary>
    public static async Task OpenAsync(IPage page, Guid id)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync($"/plans/{id}");
        // The tree is drawn before the page is interactive; data-zoom is set once tree.js has fitted it (a test that
        // measured before that read the unfitted drawing when the machine was slow).
        await page.Locator("[data-testid=tree][data-zoom]").WaitForAsync();
    }

    /// <summary>Clicks node <paramref name="node"/> in the tree, fills its editor's <paramref name="field"/> with <paramref name="text"/> and applies it with Enter.</summary>
    public static async Task EditAsync(IPage page, string node, string field, string text)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator($"[data-testid=node-{node}]").ClickAsync();
        var input = page.Locator($"[data-testid=field-{field}]");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    /// <summary>Reloads (answering the browser's "leave this page?" with leave) and waits for the tree.</summary>
    public static async Task ReloadAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ReloadAsync();
        await page.Locator("[data-testid=tree]").WaitForAsync();
    }
}
