using Ippon.Numbers;

namespace Ippon.Export;

/// <summary>Writes an output file all at once: into a temporary file beside it, moved into place only when complete.</summary>
/// <remarks>A failed export (bad input, a tool that crashed, a full disk) therefore never leaves a half-written file and
/// never replaces a good older one.</remarks>
public static class OutputFile
{
    /// <summary>Runs <paramref name="write"/> on a temporary path next to <paramref name="path"/> and moves the result onto <paramref name="path"/> if it returns no error.</summary>
    public static Message? Write(string path, Func<string, Message?> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        if (Directory.Exists(full))
            return new Message($"{path} はフォルダです。ファイル名を -o で指定してください", $"{path} is a folder; give a file name with -o");
        if (!Directory.Exists(folder))
            return new Message($"{folder} というフォルダがありません", $"the folder {folder} does not exist");
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var error = write(temp);
            if (error is not null) return error;
            if (!File.Exists(temp)) return new Message($"{path} を書けませんでした", $"{path} could not be written");
            File.Move(temp, full, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Message($"{path} を書けませんでした: {e.Message}", $"{path} could not be written: {e.Message}");
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no byte order mark) through <see cref="Write(string, Func{string, Message?})"/>.</summary>
    public static Message? WriteText(string path, string text) => Write(path, temp =>
    {
        File.WriteAllText(temp, text);
        return null;
    });
}
