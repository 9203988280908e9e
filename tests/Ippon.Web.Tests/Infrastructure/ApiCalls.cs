using System.Net.Http.Json;
using System.Text.Json;
using Ippon.Web.Features.Plans;
using Ippon.Web.Features.Store;

namespace Ippon.Web.Tests.Infrastructure;

/// <summary>The API calls tests make again and again, typed with the app's own records.</summary>
public static class ApiCalls
{
    public static async Task<PlanSummary> CreateFromTemplateAsync(this HttpClient http, string template = "sales-100m")
    {
        ArgumentNullException.ThrowIfNull(http);
        using var response = await http.PostAsJsonAsync("/api/plans", new { template });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<PlanSummary>(ApiJson.Options))!;
    }

    public static async Task<PlanDetail> DetailAsync(this HttpClient http, Guid id, int? version = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        var url = version is null ? $"/api/plans/{id}" : $"/api/plans/{id}?version={version}";
        return (await http.GetFromJsonAsync<PlanDetail>(url, ApiJson.Options))!;
    }

    public static async Task<Saved> PatchMetricAsync(this HttpClient http, Guid id, string metric, object changes)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var response = await http.PatchAsJsonAsync($"/api/plans/{id}/metrics/{metric}", changes);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Saved>(ApiJson.Options))!;
    }

    /// <summary>The calculation JSON of a stored plan (the contract's plan --json).</summary>
    public static async Task<JsonElement> CalculationAsync(this HttpClient http, Guid id, string query = "")
    {
        ArgumentNullException.ThrowIfNull(http);
        using var doc = JsonDocument.Parse(await http.GetStringAsync($"/api/plans/{id}/calculation{query}"));
        return doc.RootElement.Clone();
    }

    /// <summary>The target of <paramref name="metric"/> in a calculation JSON.</summary>
    public static decimal? Target(this JsonElement calculation, string metric) =>
        calculation.GetProperty("metrics").EnumerateArray().First(m => m.GetProperty("id").GetString() == metric).GetProperty("target") is { ValueKind: JsonValueKind.Number } t
            ? t.GetDecimal()
            : null;

    /// <summary>The planned value of <paramref name="metric"/> in a calculation JSON.</summary>
    public static decimal Planned(this JsonElement calculation, string metric) =>
        calculation.GetProperty("metrics").EnumerateArray().First(m => m.GetProperty("id").GetString() == metric).GetProperty("planned").GetDecimal();

    /// <summary>The volume of <paramref name="action"/> in a calculation JSON.</summary>
    public static decimal Volume(this JsonElement calculation, string action) =>
        calculation.GetProperty("actions").EnumerateArray().First(a => a.GetProperty("id").GetString() == action).GetProperty("volume").GetDecimal();

    /// <summary>The problem-details body of a refused request.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }
}
