using Ippon.Files.Plans;
using Ippon.Plans;
using Ippon.Web.Features.Plans;

namespace Ippon.Web.Tests.Features;

/// <summary>The seed plan (examples/sales-100m.yaml), read once.</summary>
public static class SeedPlan
{
    public static Plan Plan { get; } = PlanReader.Parse(Templates.Text("sales-100m")!).Plan!;
}
