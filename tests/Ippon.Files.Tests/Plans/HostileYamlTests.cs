using Ippon.Files.Plans;
using Ippon.Numbers;

namespace Ippon.Files.Tests.Plans;

/// <summary>
/// A few bytes of YAML that would kill or stall a reader that builds the node tree naively (issue 10, items 1 and 2):
/// each is an input error with its position, read in bounded time and stack.
/// </summary>
public sealed class HostileYamlTests
{
    static InputError OnlyError(string yaml)
    {
        var read = PlanReader.Parse(yaml, "p.yaml");
        Assert.False(read.Success);
        return Assert.Single(read.Errors);
    }

    [Fact]
    public void RecursiveAliasAsAMappingKey_IsRefusedAtTheAnchor()
    {
        // 34 bytes that hashed themselves forever: the key is a list that contains itself.
        var e = OnlyError("plan: x\nmetrics:\n  ? &r [*r]\n  : 1\n");

        Assert.Equal((3, 5), (e.Line, e.Column));
        Assert.Contains("anchor &r is not allowed in a plan file", e.Message.In(Language.En));
        Assert.Contains("アンカー &r", e.Message.In(Language.Ja));
    }

    [Fact]
    public void BillionLaughsUsedAsAMappingKey_IsRefusedWithoutExpandingIt()
    {
        var yaml = "plan: x\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
        for (var c = 'b'; c <= 'i'; c++)
            yaml += $"{c}: &{c} [{string.Join(",", Enumerable.Repeat($"*{(char)(c - 1)}", 9))}]\n";
        yaml += "metrics:\n  ? *i\n  : 1\n";

        var e = OnlyError(yaml);

        Assert.Equal(2, e.Line);
        Assert.Contains("anchor &a", e.Message.In(Language.En));
    }

    [Fact]
    public void AnAliasWithoutItsAnchor_IsRefusedAsAnAlias()
    {
        var e = OnlyError("plan: x\nmetrics:\n  a: { role: kgi, target: *t }\n");

        Assert.Contains("alias *t is not allowed", e.Message.In(Language.En));
    }

    [Theory]
    [InlineData(25_000)]
    [InlineData(PlanReader.MaxDepth + 1)]
    public void BlockSequencesNestedDeeply_AreRefusedAtTheFirstLevelTooMany(int depth)
    {
        var e = OnlyError(string.Concat(Enumerable.Repeat("- ", depth)) + "x\n");

        Assert.Equal((1, 1 + 2 * (PlanReader.MaxDepth)), (e.Line, e.Column));
        Assert.Contains("nested too deeply", e.Message.In(Language.En));
    }

    [Fact]
    public void BlockMappingsNestedByIndentation_CountTowardTheSameDepth()
    {
        var lines = Enumerable.Range(0, 200).Select(i => new string(' ', i) + "k:");
        var e = OnlyError("plan: x\nnote:\n" + string.Join('\n', lines) + " 1\n");

        Assert.Contains("nested too deeply", e.Message.In(Language.En));
    }

    [Fact]
    public void NestingAtTheLimit_IsNotRefusedForItsDepth()
    {
        // The root mapping is level 1, so a note can nest MaxDepth - 1 lists.
        var note = new string('[', PlanReader.MaxDepth - 1) + new string(']', PlanReader.MaxDepth - 1);
        var read = PlanReader.Parse($"plan: x\nnote: {note}\nmetrics:\n  a: {{ role: kgi, target: 1 }}\n", "p.yaml");

        Assert.DoesNotContain(read.Errors, e => e.Message.In(Language.En).Contains("nested too deeply", StringComparison.Ordinal));
    }

    [Fact]
    public void TextAboveTheSizeLimit_IsRefusedBeforeParsing()
    {
        var yaml = "plan: x\nnote: \"" + new string('x', (int)PlanReader.MaxBytes) + "\"\n";

        var e = OnlyError(yaml);

        Assert.Equal(0, e.Line);
        Assert.Contains("above the 16 MB limit for a plan", e.Message.In(Language.En));
    }
}
