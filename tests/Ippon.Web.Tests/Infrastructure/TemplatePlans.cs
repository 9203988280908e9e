using Ippon.Plans;
using Ippon.Web.Features.Plans;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Tests.Infrastructure;

/// <summary>The plans the server's templates hold, read as the page reads them.</summary>
/// <remarks>The default template is the seed with what the test kit's <c>SeedPlan</c> leaves out: the horizon, the CRM mapping, scenarios.</remarks>
public static class TemplatePlans
{
    /// <summary>The default template (<c>sales-100m</c>) as a plan.</summary>
    public static Plan Default() => PlanText.Parse(Templates.Text(Templates.Default)!).Plan!;
}
