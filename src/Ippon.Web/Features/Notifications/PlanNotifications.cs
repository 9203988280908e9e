using Ippon.Storage.Notifications;

namespace Ippon.Web.Features.Notifications;

/// <summary>A live plan as the notification admin page lists it: its reminder schedule (null: none) and its probability threshold (null: none).</summary>
public sealed record PlanNotifications(Guid Id, string Title, ReminderSchedule? Schedule, decimal? ProbabilityBelow);
