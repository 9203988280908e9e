using Ippon.Numbers;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Ippon.Files.Plans;

/// <summary>
/// YamlDotNet's parser with the plan file's limits applied to each event before the node tree is built from it:
/// nesting depth (block and flow alike) and no anchors or aliases.
/// </summary>
/// <remarks>
/// <para>YamlDotNet builds its node tree recursively, one stack frame per level, so 25,000 nested <c>- - - x</c>
/// (50 KB) overflow the stack and kill the process; the parser itself keeps its states on a heap stack. Checking
/// the depth on the parser's events stops the file at the first level too many, before the loader descends into
/// it, whatever spelling the nesting uses (block sequences, block mappings, <c>[ ]</c>, <c>{ }</c>).</para>
/// <para>Alias policy: plan files may not use anchors (<c>&amp;name</c>) or aliases (<c>*name</c>). A plan has
/// nothing to repeat that an id or a scenario does not already name, and aliases are the root of two attacks on
/// YAML readers: a recursive alias (<c>? &amp;r [*r]</c>) that hashes forever as a mapping key, and the "billion
/// laughs" bomb whose expansion is exponential in its size. Refusing them at the first anchor costs nothing and
/// leaves nothing to budget. The message says to write the value out.</para>
/// </remarks>
sealed class GuardedYamlParser(IParser inner) : IParser
{
    int _depth;

    public ParsingEvent? Current => inner.Current;

    /// <summary>Where the last event read ends: where the parser was when it gave up, if it gives up without a position.</summary>
    public Mark LastEnd { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        var e = inner.Current!;
        LastEnd = e.End;
        if (e is AnchorAlias alias)
        {
            throw new YamlLimitException(e.Start, new Message(
                $"エイリアス *{alias.Value} は計画ファイルでは使えません (アンカー & とエイリアス * は読みません)。値をそのまま書いてください",
                $"alias *{alias.Value} is not allowed in a plan file (anchors & and aliases * are refused); write the value out"));
        }
        if (e is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            throw new YamlLimitException(e.Start, new Message(
                $"アンカー &{anchored.Anchor} は計画ファイルでは使えません (アンカー & とエイリアス * は読みません)。値をそのまま書いてください",
                $"anchor &{anchored.Anchor} is not allowed in a plan file (anchors & and aliases * are refused); write the value out"));
        }
        if (e is MappingStart or SequenceStart && ++_depth > PlanReader.MaxDepth)
        {
            throw new YamlLimitException(e.Start, new Message(
                $"リストやキーの入れ子 (字下げ・- ・[ ]・{{ }}) が深すぎます (最大 {PlanReader.MaxDepth} 段)",
                $"lists and mappings are nested too deeply (indentation, -, [ ] or {{ }}; at most {PlanReader.MaxDepth} levels)"));
        }
        if (e is MappingEnd or SequenceEnd) _depth--;
        return true;
    }
}

/// <summary>A plan file broke one of the limits of <see cref="GuardedYamlParser"/>; <see cref="Start"/> is where.</summary>
sealed class YamlLimitException(Mark start, Message message) : Exception(message.In(Language.En))
{
    public Mark Start { get; } = start;

    public Message Limit { get; } = message;
}
