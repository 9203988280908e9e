using Ippon.Files.Plans;
using Ippon.Inputs;
using Ippon.Plans;

namespace Ippon.Files.Tests.Plans;

/// <summary>A plan read from a file is the one result shape, <see cref="ParseResult{T, TError}"/>, under the name callers know.</summary>
public class PlanReadResultTests
{
    [Fact]
    public void Parse_SeedPlan_IsASuccessfulParseResultWhoseValueIsThePlan()
    {
        var read = PlanReader.Parse(Seed.Text);
        ParseResult<Plan, InputError> shape = read;

        Assert.True(shape.Success);
        Assert.Same(read.Plan, shape.Value);
        Assert.Empty(shape.Errors);
    }

    [Fact]
    public void Parse_UnknownKey_IsAFailedParseResultWithThePositionedError()
    {
        ParseResult<Plan, InputError> shape = PlanReader.Parse("plan: x\nmetrix:\n  a: { role: kgi }\n");

        Assert.False(shape.Success);
        Assert.Null(shape.Value);
        Assert.Equal(2, shape.Errors[0].Line);
    }

    [Fact]
    public void New_NoPlanAndNoReason_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new PlanReadResult(null, []));
    }
}
