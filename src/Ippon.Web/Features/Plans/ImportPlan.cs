using Ippon.Web.Features.Accounts;
using Ippon.Import.Excel;
using Ippon.Files;
using Ippon.Files.Plans;
using Ippon.Storage;
using Ippon.Web.Features.Shared;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Features.Plans;

/// <summary>Imports a plan uploaded from the user's computer as a new plan: a plan file (YAML), or an Excel workbook (Ippon's own, or a table of metric and formula) read by Ippon.Export as <c>ippon import</c> does.</summary>
public static class ImportPlan
{
    public static void Map(RouteGroupBuilder plans) =>
        plans.MapPost("/import", async (IFormFile file, PlanStore store, HttpContext http, CancellationToken ct) =>
            {
                await using var stream = file.OpenReadStream();
                var created = await store.ImportAsync(file.FileName, file.Length, stream, Caller.Of(http), ct);
                return created.ToHttp(RequestLanguage.Of(http), p => TypedResults.Created($"/api/plans/{p.Id}", p));
            })
            .DisableAntiforgery()
            .RequireAuthorization(Access.Plan).WithName("ImportPlan").WithSummary("Import a plan file (multipart/form-data, field 'file')")
            .Produces<PlanSummary>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);

    /// <summary>Reads <paramref name="content"/> (of <paramref name="size"/> bytes, checked before reading) and stores it as a new plan.</summary>
    public static async Task<Outcome<PlanSummary>> Run(IpponDb db, string fileName, long size, Stream content, Caller caller, TimeProvider time, UploadLimits limits, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var upload = await limits.ReadAsync(size, content, "file", ct);
        if (!upload.Ok) return upload.Failure;
        var bytes = upload.Value;
        string? text;
        if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            var workbook = await Workbook(fileName, bytes, ct);
            if (!workbook.Ok) return workbook.Failure;
            text = workbook.Value;
        }
        else
        {
            var decoded = TextFile.Decode(bytes, fileName, "plan (YAML)");
            if (!decoded.Success) return Failure.Invalid(new FieldError("file", decoded.Errors[0].Message));
            text = decoded.Value;
        }
        var created = await CreatePlan.Store(db, text, caller, $"{fileName} を取り込み / imported {fileName}", time, limits, ct);
        if (created.Ok) return created;
        // Point at the file the user chose rather than at a "yaml" field they never saw.
        return Failure.Invalid([.. created.Failure.Errors.Select(e => e with { Field = "file" })]);
    }

    // An Excel workbook read back into a plan, from memory: messages name the user's file, never a server path.
    static Task<Outcome<string>> Workbook(string fileName, byte[] bytes, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        using var content = new MemoryStream(bytes, writable: false);
        var read = WorkbookImporter.Import(content, Path.GetFileName(fileName));
        if (!read.Success)
        {
            return Task.FromResult<Outcome<string>>(Failure.Invalid([.. read.Errors.Select(e => FieldError.From("file", e))]));
        }
        return Task.FromResult<Outcome<string>>(PlanWriter.Write(read.Plan));
    }
}
