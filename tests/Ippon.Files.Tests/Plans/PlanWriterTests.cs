using Ippon.Calculation;
using Ippon.Files.Plans;
using Ippon.Numbers;

namespace Ippon.Files.Tests.Plans;

public class PlanWriterTests
{
    public static TheoryData<string> Examples =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples"), "*.yaml").Select(Path.GetFileName).OfType<string>().Order()];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Write_Example_ReadsBackToThePlanThatCalculatesTheSame(string example)
    {
        var original = PlanReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "examples", example)).Plan!;

        var written = PlanWriter.Write(original);
        var back = PlanReader.Parse(written, example);

        Assert.True(back.Success, string.Join("\n", back.Errors.Select(e => e.Format(Language.En))) + "\n" + written);
        var a = PlanCalculator.Calculate(original);
        var b = PlanCalculator.Calculate(back.Plan);
        Assert.Equal(a.Metrics.Select(m => (m.Id, m.Target, m.PlannedValue)), b.Metrics.Select(m => (m.Id, m.Target, m.PlannedValue)));
        Assert.Equal(a.Actions.Select(x => (x.Id, x.Volume, x.Capacity)), b.Actions.Select(x => (x.Id, x.Volume, x.Capacity)));
        Assert.Equal(original.Scenarios.Select(s => s.Name), back.Plan.Scenarios.Select(s => s.Name));
        Assert.Equal(written, PlanWriter.Write(back.Plan));
    }
}
