using Ippon.Files.Plans;
using Ippon.Plans;

namespace Ippon.Files.Tests.Plans;

public class PlanEditorTests
{
    static Revision Q2 => new(new DateOnly(2026, 10, 5), "Q2 review", [new RevisionChange("win_rate", "value", 0.2m, 0.15m)]) { Period = "Q2" };

    [Fact]
    public void AppendRevision_SeedPlan_ChangesOnlyTheValueAndAppendsTheRevision()
    {
        var edited = PlanEditor.AppendRevision(Seed.Text, Q2);
        var text = edited.Value;

        Assert.Empty(edited.Errors);
        var expected = Seed.Text.Replace("value: 20%, unit: ratio", "value: 15%, unit: ratio", StringComparison.Ordinal)
                       + "revisions:\n  - date: 2026-10-05\n    period: Q2\n    reason: Q2 review\n    changes:\n      win_rate: { field: value, from: 20%, to: 15% }\n";
        Assert.Equal(expected, text);
    }

    [Fact]
    public void AppendRevision_ExistingRevisionsLast_AddsAfterTheLastOne()
    {
        var yaml = Seed.Text + "revisions:\n  - date: 2026-07-03\n    period: Q1\n    reason: 期初計画\n";

        var edited = PlanEditor.AppendRevision(yaml, Q2);
        var text = edited.Value;

        Assert.Empty(edited.Errors.Select(e => e.ToString()));
        Assert.EndsWith("    reason: 期初計画\n  - date: 2026-10-05\n    period: Q2\n    reason: Q2 review\n    changes:\n      win_rate: { field: value, from: 20%, to: 15% }\n", text);
    }

    [Fact]
    public void AppendRevision_ExistingRevisionsFollowedByAnotherKey_InsertsBeforeThatKey()
    {
        var yaml = Seed.Text.Replace("crm:", "revisions:\n  - date: 2026-07-03\n    reason: 期初計画   # first\n\ncrm:", StringComparison.Ordinal);

        var edited = PlanEditor.AppendRevision(yaml, Q2);
        var text = edited.Value;

        Assert.Empty(edited.Errors.Select(e => e.ToString()));
        Assert.Contains("    reason: 期初計画   # first\n  - date: 2026-10-05\n", text);
        var plan = PlanReader.Parse(text!).Plan!;
        Assert.Equal(["期初計画", "Q2 review"], plan.Revisions.Select(r => r.Reason));
        Assert.NotNull(plan.Crm);
    }

    [Fact]
    public void AppendRevision_BlockStyleMetricWithoutValue_AddsTheValueLine()
    {
        var yaml = "plan: x\nhorizon: { start: 2026-04-01, end: 2027-03-31, period: quarter }\nmetrics:\n  revenue:\n    role: kgi\n    formula: n * p\n    target: 100\n  n:\n    role: kpi\n  p:\n    role: kpi\n    unit: ratio\n    # the rate\n";
        var revision = new Revision(new DateOnly(2026, 10, 5), "r", [new RevisionChange("p", "value", null, 0.5m)]);

        var edited = PlanEditor.AppendRevision(yaml, revision);
        var text = edited.Value;

        Assert.Empty(edited.Errors.Select(e => e.ToString()));
        Assert.Equal(0.5m, PlanReader.Parse(text!).Plan!.Find("p")!.Value);
    }

    [Fact]
    public void AppendRevision_WindowsLineEndings_KeepsThemInEveryAddedLine()
    {
        var yaml = Seed.Text.Replace("\n", "\r\n", StringComparison.Ordinal) + "revisions:\r\n  - date: 2026-07-03\r\n    reason: 期初計画\r\n";

        var edited = PlanEditor.AppendRevision(yaml, Q2);
        var text = edited.Value;

        Assert.Empty(edited.Errors.Select(e => e.ToString()));
        Assert.DoesNotContain("\n", text!.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.Contains("value: 15%, unit: ratio }\r\n", text);
        Assert.EndsWith("    reason: 期初計画\r\n  - date: 2026-10-05\r\n    period: Q2\r\n    reason: Q2 review\r\n    changes:\r\n      win_rate: { field: value, from: 20%, to: 15% }\r\n", text);
    }
}
