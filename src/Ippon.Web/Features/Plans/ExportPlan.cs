using System.Text;
using Ippon.Storage;
using Ippon.Web.Features.Shared;

namespace Ippon.Web.Features.Plans;

/// <summary>Downloads a plan as its plan file (YAML), readable by <c>ippon plan</c>.</summary>
/// <remarks>The approval document, the diagram and the workbook (html, pdf, xlsx, svg, md) arrive with Ippon.Export (issue 4).</remarks>
public static class ExportPlan
{
    public static void Map(RouteGroupBuilder plans) =>
        plans.MapGet("/{id:guid}/export", async (Guid id, string? format, int? version, IpponDb db, HttpContext http, CancellationToken ct) =>
            {
                var language = RequestLanguage.Of(http);
                if (format is not (null or "yaml"))
                {
                    return Failure.Invalid("format", $"形式 '{format}' にはまだ対応していません。yaml を指定してください (html/pdf/xlsx/svg/md は出力機能 issue 4 で追加)",
                        $"format '{format}' is not available yet; use yaml (html, pdf, xlsx, svg and md come with the export, issue 4)").ToProblem(language);
                }
                var loaded = await LoadPlan.Run(db, id, version, ct);
                return loaded.ToHttp(language, p => TypedResults.File(Encoding.UTF8.GetBytes(p.Version.Yaml), "application/yaml; charset=utf-8", FileName(p)));
            })
            .WithName("ExportPlan").WithSummary("Download the plan file (YAML) of the latest version or ?version=N")
            .Produces(StatusCodes.Status200OK, contentType: "application/yaml").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>A file name from the title: characters a file system refuses become _.</summary>
    public static string FileName(LoadedPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var invalid = Path.GetInvalidFileNameChars().Concat(['\\', '/', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        var name = new string([.. plan.Plan.Title.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c)]).Trim();
        if (name.Length == 0) name = "plan";
        if (name.Length > 80) name = name[..80];
        return $"{name}-v{plan.Version.Number}.yaml";
    }
}
