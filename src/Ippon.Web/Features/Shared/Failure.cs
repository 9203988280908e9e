using System.Collections.Immutable;
using Ippon.Numbers;

namespace Ippon.Web.Features.Shared;

/// <summary>An operation that did not happen, and why: a title and the field errors, in both languages.</summary>
public sealed record Failure(FailureKind Kind, Message Title, ImmutableArray<FieldError> Errors)
{
    public static Failure Invalid(params FieldError[] errors) =>
        new(FailureKind.Invalid, new Message("入力を使えません。何も保存していません", "the input cannot be used; nothing was saved"), [.. errors]);

    public static Failure Invalid(string field, string ja, string en, int? line = null, int? column = null) =>
        Invalid(new FieldError(field, new Message(ja, en), line, column));

    public static Failure NotFound(string what) =>
        new(FailureKind.NotFound, new Message($"{what} が見つかりません", $"{what} was not found"), []);

    public static Failure Conflict(Message message) => new(FailureKind.Conflict, message, []);

    public static Failure Forbidden(string ja, string en, params FieldError[] errors) => new(FailureKind.Forbidden, new Message(ja, en), [.. errors]);

    /// <summary>
    /// Everything that is wrong in words, for the form editors: a position in the plan file the form wrote ("28行 3列")
    /// means nothing to someone who never saw that file, so it is left out; a column inside a formula (5文字目) stays.
    /// The YAML editor and file uploads use <see cref="Describe"/>, where the position is the point.
    /// </summary>
    public string InWords(Language language) =>
        Errors.IsEmpty ? Title.In(language) : string.Join("\n", Errors.Select(e => e.Line is null ? e.Describe(language) : e.Message.In(language)));

    /// <summary>Everything that is wrong, one error per line, for the page.</summary>
    public string Describe(Language language) =>
        Errors.IsEmpty ? Title.In(language) : string.Join("\n", Errors.Select(e => e.Describe(language)));
}
