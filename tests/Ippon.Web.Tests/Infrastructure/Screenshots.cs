using Microsoft.Playwright;

namespace Ippon.Web.Tests.Infrastructure;

/// <summary>
/// Screenshots the browser tests take on the way: always into the test output (screenshots/), and into the folder
/// named by IPPON_SCREENSHOTS (docs/images) when that is set — the opt-in way to refresh the README's pictures.
/// A screenshot ends where the page's content ends (the whole page with <c>wholePage</c>, else at most the window).
/// </summary>
public static class Screenshots
{
    public static async Task SaveAsync(IPage page, string name, ILocator? element = null, bool wholePage = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Mouse.MoveAsync(0, 0); // no hover outline on the last box clicked
        var folders = new List<string> { Path.Combine(AppContext.BaseDirectory, "screenshots") };
        if (Environment.GetEnvironmentVariable("IPPON_SCREENSHOTS") is { Length: > 0 } docs) folders.Add(docs);
        foreach (var folder in folders)
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, name + ".png");
            if (element is null)
            {
                // The page down to the end of its content: no empty band under a short page.
                var bottom = await page.EvaluateAsync<double>("() => Math.max(...[...document.querySelectorAll('.ippon-page')].map(e => e.getBoundingClientRect().bottom), 200)");
                var size = page.ViewportSize!;
                await page.ScreenshotAsync(new PageScreenshotOptions
                {
                    Path = path,
                    FullPage = wholePage,
                    Clip = new Clip { X = 0, Y = 0, Width = size.Width, Height = (float)(wholePage ? Math.Ceiling(bottom) + 8 : Math.Min(size.Height, Math.Ceiling(bottom) + 8)) },
                });
            }
            else
            {
                await element.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
            }
        }
    }
}
