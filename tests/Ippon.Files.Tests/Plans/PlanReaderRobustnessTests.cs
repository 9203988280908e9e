using Ippon.Files.Plans;

namespace Ippon.Files.Tests.Plans;

/// <summary>Broken YAML that makes YamlDotNet throw something other than a YamlException is still an input error, never a crash.</summary>
public sealed class PlanReaderRobustnessTests
{
    [Fact]
    public void Parse_CommentInsideFlowMapping_IsAnInputError()
    {
        const string yaml = "plan: x\nmetrics:\n  win_rate: { name: 受注率, value: 15%   # 見直し, unit: ratio }\n";
        var read = PlanReader.Parse(yaml);
        Assert.False(read.Success);
        Assert.Contains("YAML", read.Errors[0].Message.In(Ippon.Numbers.Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LineSeparatorInsideAFlowMapping_PointsAtIt()
    {
        const string yaml = "plan: x\nmetrics:\n  a: { role: kgi,\u2028 target: 1 }\n";

        var e = Assert.Single(PlanReader.Parse(yaml).Errors);

        Assert.Equal((3, 18), (e.Line, e.Column));
        Assert.Contains("(U+2028) inside { } or [ ]", e.Message.In(Ippon.Numbers.Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CommentInsideFlowMapping_SaysWhereTheParserStopped()
    {
        const string yaml = "plan: x\nmetrics:\n  win_rate: { name: 受注率, value: 15%   # 見直し, unit: ratio }\n";

        var e = Assert.Single(PlanReader.Parse(yaml).Errors);

        Assert.True(e.Line >= 3);
        Assert.True(e.Column > 0);
    }
}
