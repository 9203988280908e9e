using Ippon.Files.Plans;
using Ippon.Numbers;

namespace Ippon.Files.Tests.Plans;

/// <summary>Numbers in a plan file beyond the supported range are input errors at their position (issue 10, items 5 and 6).</summary>
public class PlanNumberLimitsTests
{
    static InputError OnlyError(string yaml)
    {
        var read = PlanReader.Parse(yaml, "p.yaml");
        Assert.False(read.Success);
        return Assert.Single(read.Errors);
    }

    [Theory]
    [InlineData("value: 20%", "value: 1e27", 28, 39)]
    [InlineData("target: 1億円", "target: 1e27", 18, 13)]
    [InlineData("share: 60%", "share: 8e26", 44, 12)]
    [InlineData("per_unit: 1%  ", "per_unit: 1e30", 35, 15)]
    public void NumberBeyondTheRange_IsOutOfRangeAtItsPosition(string from, string to, int line, int column)
    {
        var e = OnlyError(Seed.With(from, to));

        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.StartsWith("out-of-range: ", e.Message.In(Language.En));
        Assert.Contains("outside the supported range", e.Message.In(Language.En));
    }

    [Fact]
    public void CapacityWhosePartsMultiplyBeyondTheRange_IsOutOfRange()
    {
        var e = OnlyError(Seed.With("people: 4, per_person_per_day: 15, working_days: 240", "people: 1e9, per_person_per_day: 1e9, working_days: 1e9"));

        Assert.Contains("out-of-range: capacity of calls: people × per_person_per_day × working_days", e.Message.In(Language.En));
    }

    [Fact]
    public void MaxKpisPerOwnerBeyondAWholeNumber_IsAnInputError()
    {
        var e = OnlyError(Seed.With("max_kpis_per_owner: 3", "max_kpis_per_owner: 3000000000"));

        Assert.Equal((12, 23), (e.Line, e.Column));
        Assert.Contains("from 1 to 1,000,000", e.Message.In(Language.En));
    }

    [Fact]
    public void FullWidthValuesAndTargets_ReadAsTheirAsciiForms()
    {
        var plan = PlanReader.Parse(Seed.With("value: 20%", "value: ２０％").Replace("target: 1億円", "target: １億円", StringComparison.Ordinal)).Plan;

        Assert.NotNull(plan);
        Assert.Equal(0.2m, plan.Find("win_rate")!.Value);
        Assert.Equal(100_000_000m, plan.Find("revenue")!.Target);
    }

    [Fact]
    public void IdLongerThanTheLimit_IsRefusedAtTheId()
    {
        var id = new string('k', Ippon.Plans.Ids.MaxLength + 1);

        var e = OnlyError($"plan: x\nmetrics:\n  {id}: {{ role: kgi, target: 1 }}\n");

        Assert.Equal((3, 3), (e.Line, e.Column));
        Assert.Contains("metric id 'kkkk", e.Message.In(Language.En));
        Assert.Contains("is too long (65 characters)", e.Message.In(Language.En));
    }

    [Fact]
    public void KeyLongerThanYamlReads_SaysSoAtTheKey()
    {
        var e = OnlyError($"plan: x\nmetrics:\n  {new string('k', 1_100)}: {{ role: kgi, target: 1 }}\n");

        Assert.Equal((3, 3), (e.Line, e.Column));
        Assert.Contains("a key longer than YAML's 1,024 characters; ids have at most 64 characters", e.Message.In(Language.En));
    }
    [Fact]
    public void MetricNameLongerThanTheLimit_IsRefusedAtTheName()
    {
        var name = new string('名', Ippon.Plans.MetricNames.MaxLength + 1);

        var e = OnlyError($"plan: x\nmetrics:\n  k: {{ name: {name}, role: kgi, target: 1 }}\n");

        Assert.Equal((3, 14), (e.Line, e.Column));
        Assert.Contains("is too long (201 characters); at most 200", e.Message.In(Language.En));
        Assert.Contains("200 文字以内", e.Message.In(Language.Ja));
    }

    [Fact]
    public void ActionNameLongerThanTheLimit_IsRefusedAndANameAtTheLimitReads()
    {
        var ok = new string('a', Ippon.Plans.MetricNames.MaxLength);
        var yaml = $"plan: x\nmetrics:\n  k: {{ name: {ok}, role: kgi, target: 1 }}\nactions:\n  a: {{ name: {ok}x, drives: k, volume: 1 }}\n";

        var e = OnlyError(yaml);

        Assert.Equal(5, e.Line);
        Assert.Contains("is too long (201 characters)", e.Message.In(Language.En));
        Assert.True(PlanReader.Parse(yaml.Replace($"{ok}x", ok, StringComparison.Ordinal)).Success);
    }
}

