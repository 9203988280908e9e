using System.Xml.Linq;
using Ippon.Calculation;
using Ippon.Checks;
using Ippon.Export.Diagram;
using Ippon.Numbers;

namespace Ippon.Export.Tests.Diagram;

public class SvgDiagramTests
{
    static string Svg(Language language = Language.Ja, PlanResult? result = null) =>
        Exporter.Text(Seed.Context(language, result), ExportFormat.Svg);

    [Fact]
    public void Document_SeedPlan_IsWellFormedSvgWithABoxPerNode()
    {
        var svg = XDocument.Parse(Svg());

        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);
        var boxes = svg.Descendants(ns + "g").Where(g => (string?)g.Attribute("class") is { } c && c.StartsWith("box", StringComparison.Ordinal)).ToList();
        Assert.Equal(9, boxes.Count);
        Assert.Equal("revenue", (string?)boxes[0].Attribute("data-id"));
    }

    [Fact]
    public void Document_SeedPlan_ShowsNamesTargetsAndPlannedValues()
    {
        var svg = Svg();

        Assert.Contains("年間売上", svg);
        Assert.Contains("目標 1億円", svg);
        Assert.Contains("目標 4,000万円", svg);
        Assert.Contains("目標 1,000件", svg);
        Assert.Contains("実施量 10,000件", svg);
        Assert.Contains("前提 受注率 20%", svg);
        Assert.Contains("IPAexGothic", svg);
    }

    [Fact]
    public void Document_English_ShowsMoneyInYen()
    {
        var svg = Svg(Language.En);

        Assert.Contains("Target 100,000,000 JPY", svg);
        Assert.Contains("Planned 40,000,000 JPY", svg);
    }

    [Fact]
    public void Document_StatesColourTheBoxes()
    {
        // Capacity for 100 calls where 10,000 are needed: the action is in error, its metric short of nothing yet.
        var plan = Seed.Read(File.ReadAllText(Seed.PlanFile).Replace("capacity: { people: 4, per_person_per_day: 15, working_days: 240 }", "capacity: 100", StringComparison.Ordinal));
        var svg = XDocument.Parse(Svg(result: PlanCalculator.Calculate(plan)));

        var calls = svg.Descendants().Single(e => (string?)e.Attribute("data-id") == "calls");
        Assert.Contains("state-error", (string)calls.Attribute("class")!);
        Assert.Equal(SvgDiagram.Colour(State.Error), (string?)calls.Elements().First(e => e.Name.LocalName == "rect").Attribute("stroke"));
        var kgi = svg.Descendants().Single(e => (string?)e.Attribute("data-id") == "revenue");
        Assert.Contains("state-ok", (string)kgi.Attribute("class")!);
    }

    [Fact]
    public void Document_MarkupInNames_AppearsAsText()
    {
        var result = PlanCalculator.Calculate(Seed.Read(Hostile.Yaml));
        var text = Exporter.Text(Seed.Context(result: result), ExportFormat.Svg);

        var svg = XDocument.Parse(text);
        Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "script" or "img" or "i" or "b");
        Assert.Contains(svg.Descendants().Where(e => e.Name.LocalName == "title"), t => t.Value.Contains("売上 <script>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("新規受注数", 500, "新規受注数")]
    [InlineData("とても長い名前のとても長い指標のとても長い説明", 100, "とても長い名前の…")]
    public void Fit_LongText_IsShortenedWithAnEllipsis(string text, double width, string expected) =>
        Assert.Equal(expected, TextWidth.Fit(text, width, 11));
}
