using System.Text;
using Ippon.Calculation;
using Ippon.Export;
using Ippon.Numbers;
using Ippon.Review;
using Ippon.Web.Features.Actuals;
using Ippon.Web.Features.Review;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Plans;

/// <summary>
/// Downloads a plan: its plan file (YAML, readable by <c>ippon plan</c>), or what <c>ippon export</c> writes — the
/// approval document (稟議: html, pdf), the tree diagram (svg, png), the live Excel workbook (xlsx), Markdown. The
/// document includes the quarterly review when the plan has actuals.
/// </summary>
public static class ExportPlan
{
    /// <summary>The formats offered, in menu order.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["yaml", .. ExportFormats.Names];

    public static void Map(RouteGroupBuilder plans) =>
        plans.MapGet("/{id:guid}/export", async (Guid id, string? format, int? version, PlanStore store, HttpContext http, CancellationToken ct) =>
            {
                var language = RequestLanguage.Of(http);
                var file = await Run(store, id, format, version, language, ct);
                return file.ToHttp(language, f => TypedResults.File(f.Content, f.ContentType, f.Name));
            })
            .WithName("ExportPlan").WithSummary("Download the plan file (?format=yaml, the default) or the approval document and diagrams: html, pdf, svg, png, md, xlsx (?version=N, ?lang=en)")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>A file to download.</summary>
    public sealed record Download(byte[] Content, string ContentType, string Name);

    /// <remarks>The plan and its actuals are read through the store (a context each, closed before the document is written: Chromium takes a second or two).</remarks>
    public static async Task<Outcome<Download>> Run(PlanStore store, Guid id, string? format, int? version, Language language, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var name = string.IsNullOrWhiteSpace(format) ? "yaml" : format.Trim().ToLowerInvariant();
        ExportFormat? exportFormat = name is "yaml" or "yml" ? null : ExportFormats.Parse(name);
        if (name is not ("yaml" or "yml") && exportFormat is null)
        {
            return Failure.Invalid("format", $"形式 '{format}' は使えません。{string.Join(", ", Formats)} のいずれかです",
                $"format '{format}' is not one of {string.Join(", ", Formats)}");
        }
        var loaded = await store.LoadAsync(id, version, ct);
        if (!loaded.Ok) return loaded.Failure;
        var p = loaded.Value;
        if (exportFormat is not { } f) return new Download(Encoding.UTF8.GetBytes(p.Version.Yaml), "application/yaml; charset=utf-8", FileName(p, ".yaml"));

        // The review goes into the document when the plan has actuals (and the version is the latest one they were entered for).
        ReviewResult? review = null;
        var rows = await store.ActualsAsync(id, ct);
        if (rows.Count > 0 && ReviewPlan.Run(p.Plan, rows, null) is { Ok: true } r) review = r.Value;
        var context = new ExportContext(PlanCalculator.Calculate(p.Plan), language, DateOnly.FromDateTime(store.Time.GetLocalNow().DateTime))
        {
            Source = FileName(p, ".yaml"),
            Review = review,
            Actuals = review is null ? null : StoredActuals.ForReview(p.Plan, rows),
        };
        var folder = Path.Combine(Path.GetTempPath(), "ippon-export-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "plan" + ExportFormats.Extension(f));
            // Chromium (pdf, png) takes a second or two: off the request thread.
            var error = await Task.Run(() => Exporter.Write(context, f, path), ct);
            if (error is not null) return Failure.Invalid(new FieldError("format", error));
            return new Download(await File.ReadAllBytesAsync(path, ct), ContentType(f), FileName(p, ExportFormats.Extension(f)));
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Html => "text/html; charset=utf-8",
        ExportFormat.Pdf => "application/pdf",
        ExportFormat.Svg => "image/svg+xml",
        ExportFormat.Png => "image/png",
        ExportFormat.Markdown => "text/markdown; charset=utf-8",
        _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>A file name from the title: characters a file system refuses become _.</summary>
    public static string FileName(LoadedPlan plan, string extension)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var invalid = Path.GetInvalidFileNameChars().Concat(['\\', '/', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        var name = new string([.. plan.Plan.Title.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c)]).Trim();
        if (name.Length == 0) name = "plan";
        if (name.Length > 80) name = name[..80];
        return $"{name}-v{plan.Version.Number}{extension}";
    }
}
