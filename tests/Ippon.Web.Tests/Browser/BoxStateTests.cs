using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Export.Diagram;
using Ippon.Numbers;
using Ippon.Testing;
using Ippon.Web.Features.Edits;
using Ippon.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Ippon.Web.Tests.Browser;

/// <summary>The page's tree and the exported diagram (the PDF's and the SVG's) colour every box by Core's one rule.</summary>
[Collection(BrowserTests.Name)]
public sealed class BoxStateTests(BrowserFixture browser)
{
    [Fact]
    public async Task WinRate10Percent_EveryBoxOfThePage_HasTheExportsState()
    {
        var id = await browser.CreatePlanAsync();
        var page = await browser.NewPageAsync();
        await PlanPageSteps.OpenAsync(page, id);
        await PlanPageSteps.EditAsync(page, "win_rate", "value", "10%");
        // 10% needs 200 deals, 20,000 calls: more than 4 people × 15 calls × 240 days.
        await Expect(page.Locator("[data-testid=node-calls]")).ToHaveAttributeAsync("data-state", "error");

        var edited = EditMetric.Apply(TemplatePlans.Default(), "win_rate", new EditMetric.Changes { Value = "10%" }).Value!;
        var result = PlanCalculator.Calculate(edited);
        var exported = Boxes(PlanTree.Build(result, Language.Ja))
            .Where(n => n.Kind != BoxKind.Reference).ToDictionary(n => n.Id, n => n.State.ToString().ToLowerInvariant());
        var shown = await page.Locator("[data-node]").EvaluateAllAsync<string[][]>("nodes => nodes.map(n => [n.dataset.node, n.dataset.state])");

        Assert.NotEmpty(shown);
        foreach (var node in shown)
        {
            var core = (result.Metric(node[0]) is { } m ? States.Of(result, m) : States.Of(result, result.Action(node[0])!)).ToString().ToLowerInvariant();
            Assert.True(core == node[1], $"{node[0]}: page {node[1]}, Core {core}");
            // The diagram folds assumptions into their reader's note; every box it draws has the page's state.
            if (exported.TryGetValue(node[0], out var drawn)) Assert.True(drawn == node[1], $"{node[0]}: page {node[1]}, export {drawn}");
        }
        Assert.True(exported.Count >= 8, string.Join(", ", exported.Keys));
        await Screenshots.SaveAsync(page, "box-states-1440");
        await page.SetViewportSizeAsync(390, 844);
        await Screenshots.SaveAsync(page, "box-states-390");
        Assert.Contains(shown, n => n[0] == "revenue" && n[1] == "ok");
    }

    static IEnumerable<DiagramNode> Boxes(IEnumerable<DiagramNode> nodes) => nodes.SelectMany(n => Boxes(n.Children).Prepend(n));
}
