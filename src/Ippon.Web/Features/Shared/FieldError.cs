using Ippon.Files;
using Ippon.Inputs;
using Ippon.Numbers;

namespace Ippon.Web.Features.Shared;

/// <summary>What is wrong with one input: the field (<c>yaml</c>, <c>metrics.win_rate.formula</c>, <c>file</c>), where in it (1-based), and why.</summary>
public sealed record FieldError(string Field, Message Message, int? Line = null, int? Column = null)
{
    /// <summary>A file reader's error as the error of <paramref name="field"/> (<c>yaml</c>, <c>file</c>): its line and column kept, none when it concerns the whole file.</summary>
    public static FieldError From(string field, InputError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Line > 0 ? new FieldError(field, error.Message, error.Line, error.Column) : new FieldError(field, error.Message);
    }

    /// <summary>Core's reason about a named input (<c>scenario</c>, <c>set.win_rate</c>, <c>cron</c>) as the error of that field.</summary>
    public static FieldError From(FieldMessage reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return new FieldError(reason.Field, reason.Message);
    }

    /// <summary>The message with its position, for display: "12行 5列: …" / "line 12, column 5: …".</summary>
    public string Describe(Language language)
    {
        var at = (Line, Column) switch
        {
            ({ } l, { } c) => language.T($"{l}行 {c}列: ", $"line {l}, column {c}: "),
            (null, { } c) => language.T($"{c}文字目: ", $"column {c}: "),
            ({ } l, null) => language.T($"{l}行: ", $"line {l}: "),
            _ => "",
        };
        return at + Message.In(language);
    }
}
