using Ippon.Files;
using Ippon.Storage;
using Ippon.Web.Features.Shared;

namespace Ippon.Web.Features.Plans;

/// <summary>Imports a plan file (YAML) uploaded from the user's computer as a new plan.</summary>
/// <remarks>Excel import arrives with the export issue (Ippon.Export); until then an .xlsx is refused with that reason.</remarks>
public static class ImportPlan
{
    public static void Map(RouteGroupBuilder plans) =>
        plans.MapPost("/import", async (IFormFile file, IpponDb db, HttpContext http, TimeProvider time, UploadLimits limits, CancellationToken ct) =>
            {
                await using var stream = file.OpenReadStream();
                var created = await Run(db, file.FileName, file.Length, stream, Author.Of(http), time, limits, ct);
                return created.ToHttp(RequestLanguage.Of(http), p => TypedResults.Created($"/api/plans/{p.Id}", p));
            })
            .DisableAntiforgery()
            .WithName("ImportPlan").WithSummary("Import a plan file (multipart/form-data, field 'file')")
            .Produces<PlanSummary>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);

    /// <summary>Reads <paramref name="content"/> (of <paramref name="size"/> bytes, checked before reading) and stores it as a new plan.</summary>
    public static async Task<Outcome<PlanSummary>> Run(IpponDb db, string fileName, long size, Stream content, string author, TimeProvider time, UploadLimits limits, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(content);
        if (limits.Check(size, "file") is { } tooLarge) return Failure.Invalid(tooLarge);
        if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return Failure.Invalid("file", "Excel の取り込みは Excel 出力 (issue 4) と一緒に追加されます。今は計画ファイル (YAML) を選んでください",
                "Excel import arrives with the Excel export (issue 4); for now choose a plan file (YAML)");
        }
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        if (limits.Check(buffer.Length, "file") is { } stillTooLarge) return Failure.Invalid(stillTooLarge);
        var (text, error) = TextFile.Decode(buffer.ToArray(), fileName, "plan (YAML)");
        if (error is not null) return Failure.Invalid(new FieldError("file", error.Message));
        var created = await CreatePlan.Store(db, text, author, $"{fileName} を取り込み / imported {fileName}", time, limits, ct);
        if (created.Ok) return created;
        // Point at the file the user chose rather than at a "yaml" field they never saw.
        return Failure.Invalid([.. created.Failure.Errors.Select(e => e with { Field = "file" })]);
    }
}
