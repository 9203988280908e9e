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

    /// <summary>
    /// The bytes of an uploaded file of <paramref name="size"/> bytes (as the request says), refused before reading when
    /// that is too large, and again when the body itself turns out larger: it reads at most one byte past the limit, so a
    /// body that lies about its size costs no more memory than an honest one.
    /// </summary>
    public async Task<Outcome<byte[]>> ReadAsync(long size, Stream content, string field, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (Check(size, field) is { } tooLarge) return Failure.Invalid(tooLarge);
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (Check(buffer.Length, field) is { } stillTooLarge) return Failure.Invalid(stillTooLarge);
        }
        return buffer.ToArray();
    }
}
