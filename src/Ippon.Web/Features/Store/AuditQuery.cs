namespace Ippon.Web.Features.Store;

/// <summary>The filters of the audit trail; each is optional. <paramref name="Subject"/> matches a metric or action id (or <c>Q1/leads</c> for an actual).</summary>
public sealed record AuditQuery(Guid? Plan = null, string? User = null, string? Subject = null, DateTime? From = null, DateTime? To = null, string? Kind = null, int Limit = 1000);
