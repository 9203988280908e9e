using Microsoft.Playwright;

namespace Ippon.Web.Tests.Infrastructure;

/// <summary>
/// Screenshots the browser tests take on the way: always into the test output (screenshots/), and into the folder
/// named by IPPON_SCREENSHOTS (docs/images) when that is set — the opt-in way to refresh the README's pictures.
/// </summary>
public static class Screenshots
{
    public static async Task SaveAsync(IPage page, string name, ILocator? element = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var folders = new List<string> { Path.Combine(AppContext.BaseDirectory, "screenshots") };
        if (Environment.GetEnvironmentVariable("IPPON_SCREENSHOTS") is { Length: > 0 } docs) folders.Add(docs);
        foreach (var folder in folders)
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, name + ".png");
            if (element is null) await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
            else await element.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        }
    }
}
