using Ippon.Export.Tests.Tools;
using Ippon.Numbers;

namespace Ippon.Export.Tests.Approval;

/// <summary>The PDF through the real pipeline: headless Chromium prints it, poppler reads it back.</summary>
public class PdfDocumentTests
{
    [Fact]
    public void Write_SeedPlan_IsA4WithJapaneseTextFontsEmbeddedAndFivePages()
    {
        Installed.Require(Installed.Chromium);
        using var dir = new TempDir();
        var pdf = dir.File("seed.pdf");

        var error = Exporter.Write(Seed.Context(), ExportFormat.Pdf, pdf);

        Assert.Null(error?.In(Language.En));
        var pages = Poppler.Pages(pdf, dir.File("pages"));
        Assert.Equal(Poppler.PageCount(pdf), pages.Length);
        Assert.InRange(pages.Length, 4, 6);
        Assert.All(pages, p => Assert.True(new FileInfo(p).Length > 5_000, $"{p} looks blank"));

        var text = Poppler.Text(pdf);
        foreach (var word in new[] { "稟議書", "年間売上1億円計画", "年間売上", "新規売上", "新規受注数", "商談数", "リード数", "1億円", "4,000万円", "10,000件", "受注率" })
            Assert.Contains(word, text);
        Assert.Contains("4,000万円 ÷ 200万円 = 20件", text);

        var fonts = Poppler.Fonts(pdf);
        Assert.Matches(@"IPAexGothic\s+CID TrueType\s+Identity-H\s+yes", fonts);
        Assert.Contains("A4", Run.Tool(Installed.PdfInfo, pdf));
    }

    [Fact]
    public void Write_WithActuals_PrintsTheReviewSection()
    {
        Installed.Require(Installed.Chromium);
        using var dir = new TempDir();
        var pdf = dir.File("review.pdf");
        var review = Seed.ReviewAtQ2();

        Assert.Null(Exporter.Write(Seed.Context(result: review.Baseline) with { Review = review }, ExportFormat.Pdf, pdf));

        var text = Poppler.Text(pdf);
        Assert.Contains("実績レビュー (Q2 時点)", text);
        Assert.Contains("1,340件", text);
        Assert.Contains("KGI を最も動かすのは", text);
    }

    [Fact]
    public void Write_English_PrintsYenInFullDigits()
    {
        Installed.Require(Installed.Chromium);
        using var dir = new TempDir();
        var pdf = dir.File("seed-en.pdf");

        Assert.Null(Exporter.Write(Seed.Context(Language.En), ExportFormat.Pdf, pdf));

        var text = Poppler.Text(pdf);
        Assert.Contains("APPROVAL REQUEST", text);
        Assert.Contains("100,000,000 JPY", text);
    }

    [Fact]
    public void Write_PlanOf200Boxes_PrintsTheTreeOnLandscapePagesWithEveryBoxLegible()
    {
        Installed.Require(Installed.Chromium);
        using var dir = new TempDir();
        var pdf = dir.File("large.pdf");
        var plan = Seed.Read(Diagram.GeneratedPlan.Yaml(200, 1));

        Assert.Null(Exporter.Write(Seed.Context(result: Calculation.PlanCalculator.Calculate(plan)), ExportFormat.Pdf, pdf));

        var sizes = Enumerable.Range(1, Poppler.PageCount(pdf))
            .Select(p => Run.Tool(Installed.PdfInfo, "-f", $"{p}", "-l", $"{p}", pdf))
            .Select(info => info.Contains("841.92 x 594.96", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(true, sizes);
        Assert.False(sizes[0], "the first page is portrait");
        var text = Poppler.Text(pdf);
        foreach (var action in plan.Actions) Assert.Contains(action.Label, text);
    }

    [Fact]
    public void Write_ChromiumMissing_ReturnsAClearErrorAndWritesNothing()
    {
        using var dir = new TempDir();
        var pdf = dir.File("seed.pdf");
        File.WriteAllText(pdf, "the previous export");
        var before = Environment.GetEnvironmentVariable("IPPON_CHROMIUM");
        Environment.SetEnvironmentVariable("IPPON_CHROMIUM", "/nonexistent/chromium");
        try
        {
            var error = Exporter.Write(Seed.Context(), ExportFormat.Pdf, pdf);

            Assert.NotNull(error);
            Assert.Contains("apt-get install chromium", error.In(Language.En));
            Assert.Equal("the previous export", File.ReadAllText(pdf));
            Assert.Single(Directory.GetFiles(dir.Path));
        }
        finally
        {
            Environment.SetEnvironmentVariable("IPPON_CHROMIUM", before);
        }
    }
}
