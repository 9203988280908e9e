namespace Ippon.Web.Features.Plans;

/// <summary>The plan endpoints: /api/plans (list, create, import, duplicate, archive, delete, export) and /api/templates.</summary>
public static class PlansApi
{
    public static RouteGroupBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/templates", () => TypedResults.Ok(Templates.Names))
            .WithTags("Plans").WithName("ListTemplates").WithSummary("The template names for creating a plan");
        var plans = app.MapGroup("/api/plans").WithTags("Plans");
        ListPlans.Map(plans);
        GetPlan.Map(plans);
        CreatePlan.Map(plans);
        ImportPlan.Map(plans);
        DuplicatePlan.Map(plans);
        ArchivePlan.Map(plans);
        DeletePlan.Map(plans);
        ExportPlan.Map(plans);
        return plans;
    }
}
