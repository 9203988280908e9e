namespace Ippon.Web.Features.Shared;

/// <summary>The largest plan file or actuals CSV accepted (configuration <c>Ippon:MaxUploadBytes</c>, 2 MB by default).</summary>
public sealed record UploadLimits(long MaxBytes)
{
    public const long DefaultBytes = 2 * 1024 * 1024;

    /// <summary>The error for a file of <paramref name="bytes"/> bytes when it is too large, else null.</summary>
    public FieldError? Check(long bytes, string field)
    {
        if (bytes <= MaxBytes) return null;
        var mb = bytes / 1_048_576.0;
        var limit = MaxBytes / 1_048_576.0;
        return new FieldError(field, new Ippon.Numbers.Message(
            $"ファイルが大きすぎます ({mb:0.#} MB)。上限は {limit:0.#} MB です。何も取り込んでいません",
            $"the file is too large ({mb:0.#} MB); the limit is {limit:0.#} MB, nothing was imported"));
    }
}
