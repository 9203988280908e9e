namespace Ippon.Web.Features.Edits;

/// <summary>The editing endpoints: save a whole plan file, or change one metric or action; each save is a new version.</summary>
public static class EditingApi
{
    public static void MapEditingApi(this RouteGroupBuilder plans)
    {
        SavePlanApi.Map(plans);
        EditMetric.Map(plans);
        AddMetric.Map(plans);
        RemoveMetric.Map(plans);
        EditAction.Map(plans);
    }
}
