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
}
