using Ippon.Testing;
using Ippon.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>
/// The tree as people read it: text never drawn below 12 px whatever the zoom, values and names inside their boxes,
/// zoom buttons and fit, a keyboard walk from box to box, the outline on a phone and the print without the app's chrome.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class TreeViewTests(BrowserFixture browser, ITestOutputHelper output)
{
    // The drawn size of every tree label in CSS pixels: its computed font size × the SVG's scale (drawn width ÷ viewBox width).
    const string LabelSizes = """
        () => {
          const svg = document.querySelector('svg.ippon-tree');
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return [...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
        }
        """;

    const string Scale = "() => { const svg = document.querySelector('svg.ippon-tree'); return svg.getBoundingClientRect().width / svg.viewBox.baseVal.width; }";

    [Fact]
    public async Task Zoom_ButtonsChangeTheScaleButTextNeverGoesBelow12Px()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync(1440, 900);
        await PlanPageSteps.OpenAsync(page, id);

        var sizes = await page.EvaluateAsync<double[]>(LabelSizes);
        output.WriteLine($"at open: scale {await page.EvaluateAsync<double>(Scale):0.00}, smallest label {sizes.Min():0.0} px");
        Assert.All(sizes, s => Assert.True(s >= 11.99, $"a label at {s:0.0} px"));

        var before = await page.EvaluateAsync<double>(Scale);
        await page.Locator("[data-testid=zoom-in]").ClickAsync();
        var zoomedIn = await page.EvaluateAsync<double>(Scale);
        Assert.Equal(before * 1.25, zoomedIn, 2);
        await Expect(page.Locator("[data-testid=zoom-level]")).ToHaveTextAsync($"{Math.Round(zoomedIn * 100)}%");

        for (var i = 0; i < 6; i++) await page.Locator("[data-testid=zoom-out]").ClickAsync();
        sizes = await page.EvaluateAsync<double[]>(LabelSizes);
        output.WriteLine($"after 6 × zoom out: scale {await page.EvaluateAsync<double>(Scale):0.00}, smallest label {sizes.Min():0.0} px");
        Assert.Equal(12, sizes.Min(), 1);

        // Ctrl+wheel zooms in around the pointer.
        await page.Locator("[data-testid=tree-diagram]").HoverAsync();
        await page.Keyboard.DownAsync("Control");
        await page.Mouse.WheelAsync(0, -200);
        await page.Keyboard.UpAsync("Control");
        Assert.True(await page.EvaluateAsync<double>(Scale) > 1.2, "Ctrl+wheel zooms in");
    }

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(1440, 900)]
    public async Task Fit_ShowsTheWholeTreeOrStopsAtReadableText(int width, int height)
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync(width, height);
        await PlanPageSteps.OpenAsync(page, id);
        await page.Locator("[data-testid=zoom-in]").ClickAsync();
        await page.Locator("[data-testid=zoom-in]").ClickAsync();
        await page.Locator("[data-testid=zoom-fit]").ClickAsync();

        var fits = await page.EvaluateAsync<bool>("() => { const s = document.querySelector('[data-testid=tree-diagram]'); return s.scrollWidth <= s.clientWidth + 1; }");
        var smallest = (await page.EvaluateAsync<double[]>(LabelSizes)).Min();
        output.WriteLine($"{width}×{height}: fit → scale {await page.EvaluateAsync<double>(Scale):0.00}, smallest label {smallest:0.0} px, whole width shown: {fits}");
        Assert.True(smallest >= 11.99);
        // Either the whole width is shown, or showing it would need text below 12 px and the zoom stopped at 12 px.
        Assert.True(fits || Math.Abs(smallest - 12) < 0.05, $"fit neither fits nor stops at 12 px ({smallest:0.0} px)");
        if (width >= 1920) Assert.True(fits, "a projector-sized window shows the seed tree whole");
    }

    [Fact]
    public async Task Boxes_KeepEveryNameAndValueInside()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync(1440, 900);
        await PlanPageSteps.OpenAsync(page, id);
        // A long name wraps onto a second line; a long value widens its column.
        await PlanPageSteps.EditAsync(page, "deals", "name", "インサイドセールスが獲得した有効商談数 (全チャネル合計・重複除く)");
        await Expect(page.Locator("[data-testid=node-deals] text.ippon-node-name")).ToHaveCountAsync(2);
        await page.Locator("[data-testid=node-unit_price]").ClickAsync();
        await Expect(page.Locator("[data-testid=field-value]")).ToHaveValueAsync("200万円");
        await page.Locator("[data-testid=field-value]").FillAsync("987,654,321円");
        await page.Locator("[data-testid=field-value]").PressAsync("Enter");
        await Expect(page.Locator("[data-testid=node-unit_price]")).ToContainTextAsync("9億8,765万4,321円");

        var spills = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('svg.ippon-tree g[data-node]')].flatMap(g => {
              const box = g.querySelector('rect').getBBox();
              return [...g.querySelectorAll('text')].filter(t => t.getAttribute('text-anchor') !== 'middle')
                .filter(t => { const b = t.getBBox(); return b.x < 0 || b.x + b.width > box.width - 4 || t.dataset.squeezed; })
                .map(t => `${g.dataset.node}: "${t.textContent}" ${t.getBBox().width.toFixed(0)} in ${box.width}${t.dataset.squeezed ? ' (squeezed)' : ''}`);
            })
            """);
        Assert.True(spills.Length == 0, string.Join('\n', spills));
        await Expect(page.Locator("[data-testid=node-deals] text.ippon-node-name")).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task Keyboard_TabIntoTheTreeArrowsMoveEnterOpensTheEditor()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync(1440, 900);
        await PlanPageSteps.OpenAsync(page, id);
        async Task<string?> FocusedAsync() => await page.EvaluateAsync<string?>("() => document.activeElement?.dataset?.node ?? null");

        // One tab stop for the whole tree (roving tabindex): the KGI until another box had the focus.
        await Expect(page.Locator("[data-testid=node-revenue]")).ToHaveAttributeAsync("tabindex", "0");
        await page.Locator("[data-testid=zoom-fit]").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("revenue", await FocusedAsync());
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("repeat_revenue", await FocusedAsync());
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("new_revenue", await FocusedAsync());
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("orders", await FocusedAsync());
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("deals", await FocusedAsync());
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal("orders", await FocusedAsync());
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[data-testid=field-formula]")).ToHaveValueAsync("商談数 × 受注率");
        await Expect(page.Locator("[data-testid=node-orders]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("ippon-node-selected"));
        Assert.Equal(1, await page.EvaluateAsync<int>("() => document.querySelectorAll('svg.ippon-tree g[tabindex=\"0\"]').length"));
    }

    [Fact]
    public async Task Phone_ShowsTheTreeAsAnOutlineWithTheSeedsNumbers()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync(390, 844);
        await PlanPageSteps.OpenAsync(page, id);
        await Expect(page.Locator("[data-testid=tree-outline]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=tree-diagram]")).ToBeHiddenAsync();
        await Expect(page.Locator("[data-testid=outline-revenue]")).ToContainTextAsync("目標 1億円");
        await Expect(page.Locator("[data-testid=outline-orders]")).ToContainTextAsync("目標 20件");
        await Expect(page.Locator("[data-testid=outline-deals]")).ToContainTextAsync("目標 100件");
        await Expect(page.Locator("[data-testid=outline-leads]")).ToContainTextAsync("目標 1,000件");
        await Expect(page.Locator("[data-testid=outline-calls]")).ToContainTextAsync("必要 10,000件");
        Assert.Empty(await EveryScreenTests.ProblemsAsync(page));

        // A branch folds away and opens again; a tap opens the editor.
        var orders = page.Locator("[data-testid=outline-orders]");
        await page.Locator("details:has(> summary [data-testid=outline-new_revenue]) > summary").ClickAsync(new() { Position = new Position { X = 4, Y = 12 } });
        await Expect(orders).ToBeHiddenAsync();
        await page.Locator("details:has(> summary [data-testid=outline-new_revenue]) > summary").ClickAsync(new() { Position = new Position { X = 4, Y = 12 } });
        await Expect(orders).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "tree-outline-phone");
        await orders.ClickAsync();
        await Expect(page.Locator("[data-testid=field-formula]")).ToHaveValueAsync("商談数 × 受注率");
        // The editor stacks under the whole tree on a phone: the tap brings it into sight, its title under the app bar.
        await Expect(page.Locator("[data-testid=node-editor]")).ToBeInViewportAsync();
        var titleTop = await page.Locator(".ippon-editor-title").EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        var barBottom = await page.Locator(".mud-appbar").EvaluateAsync<double>("e => e.getBoundingClientRect().bottom");
        Assert.True(titleTop >= barBottom, $"the editor's title ({titleTop} px) is under the app bar (to {barBottom} px)");
        await Screenshots.SaveAsync(page, "tree-outline-phone-editor");
    }

    [Fact]
    public async Task Print_ShowsTheTreeAndTheReviewWithoutTheAppsChrome()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync(1440, 900);
        await PlanPageSteps.OpenAsync(page, id);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        foreach (var chrome in new[] { ".mud-appbar", ".mud-tabs-tabbar", "[data-testid=save]", "[data-testid=zoom-in]", "[data-testid=add-kpi]", "[data-testid=export-menu]" })
            await Expect(page.Locator(chrome).First).ToBeHiddenAsync();
        await Expect(page.Locator("[data-testid=plan-title]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=tree-diagram]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=tree-outline]")).ToBeHiddenAsync();
        var overflow = await page.EvaluateAsync<double>("() => document.querySelector('svg.ippon-tree').getBoundingClientRect().right - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the printed tree runs {overflow:0} px past the page");

        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.GetByRole(AriaRole.Tab, new() { Name = "レビュー" }).ClickAsync();
        await page.Locator("[data-testid=review]").WaitForAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".mud-appbar")).ToBeHiddenAsync();
        await Expect(page.Locator(".mud-tabs-tabbar")).ToBeHiddenAsync();
        await Expect(page.Locator("[data-testid=review]")).ToBeVisibleAsync();
        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true });
        output.WriteLine($"review printed: {pdf.Length:N0} bytes");
    }
}
