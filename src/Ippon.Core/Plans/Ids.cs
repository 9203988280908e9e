using Ippon.Numbers;

namespace Ippon.Plans;

/// <summary>The one rule for the ids of metrics and actions (what formulas name): <c>[a-z][a-z0-9_]*</c>, at most <see cref="MaxLength"/> characters.</summary>
/// <remarks>
/// Every way an id enters a plan uses this rule: the plan reader, the workbook import and the web's edit functions.
/// The length limit exists because a plan must always read back: YAML allows an implicit mapping key of at most 1,024
/// characters, so an id added through the API with 1,025 characters was saved and then made the plan unreadable.
/// 64 characters is far above any id a formula would use and far below that.
/// </remarks>
public static class Ids
{
    /// <summary>The longest id, in characters.</summary>
    public const int MaxLength = 64;

    /// <summary>Whether <paramref name="id"/> may name a metric or an action.</summary>
    public static bool IsValid(string? id) => id is { Length: > 0 and <= MaxLength } && Matches(id);

    /// <summary>Why <paramref name="id"/> may not name a metric or an action, or null when it may.</summary>
    /// <param name="whatJa">What the id is for, before "ID" (指標, アクション); empty for none.</param>
    /// <param name="whatEn">The same in English (metric, action), before "id"; empty for none.</param>
    /// <param name="example">A valid id to show.</param>
    public static Message? Problem(string id, string whatJa = "", string whatEn = "", string example = "new_revenue")
    {
        ArgumentNullException.ThrowIfNull(id);
        var en = whatEn.Length == 0 ? "the id" : $"{whatEn} id";
        if (id.Length > MaxLength)
        {
            return new Message(
                $"{whatJa}ID '{NumberText.Clip(id)}' は長すぎます ({id.Length:#,0} 文字)。{MaxLength} 文字以内にしてください",
                $"{en} '{NumberText.Clip(id)}' is too long ({id.Length:#,0} characters); at most {MaxLength}");
        }
        if (Matches(id)) return null;
        return new Message(
            $"{whatJa}ID '{NumberText.Clip(id)}' は英小文字で始まり、英小文字・数字・_ だけで書いてください (例: {example})",
            $"{en} '{NumberText.Clip(id)}' must match [a-z][a-z0-9_]*: a lowercase letter, then lowercase letters, digits or _ (e.g. {example})");
    }

    // [a-z][a-z0-9_]*, by hand: the engine has no regular expressions (and no generated code outside its folders).
    static bool Matches(string id)
    {
        if (id.Length == 0 || !char.IsAsciiLetterLower(id[0])) return false;
        foreach (var c in id)
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '_') return false;
        return true;
    }
}
