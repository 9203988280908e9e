using Ippon.Formulas.Syntax;
using Ippon.Numbers;

namespace Ippon.Plans;

/// <summary>The one rule for the ids of metrics and actions (what formulas name): a word of <see cref="Identifier"/> (letters of any script, digits, <c>_</c>), at most <see cref="MaxLength"/> characters.</summary>
/// <remarks>
/// Every way an id enters a plan uses this rule: the plan reader, the workbook import and the web's edit functions.
/// The characters are the formula lexer's words (<see cref="Identifier"/>), so every id can be typed in a formula:
/// <c>new_revenue</c>, <c>商談数</c>, <c>Orders</c> (every v1 id <c>[a-z][a-z0-9_]*</c> is one); full-width Latin letters
/// are not (a formula reads <c>ｏ</c> as <c>o</c>).
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
            $"{whatJa}ID '{NumberText.Clip(id)}' は文字 (日本語も可) か _ で始め、文字・数字・_ だけで書いてください (例: {example}, 商談数)",
            $"{en} '{NumberText.Clip(id)}' must start with a letter (any script) or _ and use only letters, digits and _ (e.g. {example}, 商談数)");
    }

    static bool Matches(string id) =>
        Identifier.IsStart(id, 0) && Identifier.Word(id, 0) == id.Length && !id.Any(c => c is >= '\uFF01' and <= '\uFF5E');
}
