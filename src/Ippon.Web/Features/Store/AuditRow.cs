namespace Ippon.Web.Features.Store;

/// <summary>One audit entry as the API, the CSV and the page show it.</summary>
public sealed record AuditRow(DateTime At, string User, Guid? PlanId, string? Plan, string Kind, string Subject, string Field, string? From, string? To, int? Version);
