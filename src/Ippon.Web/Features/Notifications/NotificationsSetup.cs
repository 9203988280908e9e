namespace Ippon.Web.Features.Notifications;

/// <summary>Registers the notifications: the senders, the outbox worker, the scheduler, the unsubscribe links; maps their endpoints.</summary>
public static class NotificationsSetup
{
    public static IServiceCollection AddIpponNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new NotificationOptions();
        configuration.GetSection("Ippon:Notifications").Bind(options);
        services.AddSingleton(options);
        services.AddHttpClient("ippon-webhooks", c => c.Timeout = options.SendTimeout);
        services.AddSingleton<SmtpSecrets>();
        services.AddSingleton<SmtpSender>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<UnsubscribeLinks>();
        services.AddSingleton<OutboxWorker>();
        services.AddSingleton<Scheduler>();
        services.AddSingleton<Store.ISaveObserver, KpiAlertsOnSave>(); // a save that moves a KPI below its target queues its alert
        services.AddSingleton<Store.ISaveObserver, KpiAlertsOnActuals>(); // and so does a save of actuals
        services.AddHostedService(sp => sp.GetRequiredService<OutboxWorker>());
        services.AddHostedService(sp => sp.GetRequiredService<Scheduler>());
        return services;
    }

    public static void MapNotifications(this IEndpointRouteBuilder app, RouteGroupBuilder plans)
    {
        NotificationSettingsApi.Map(app);
        PreferencesApi.Map(app);
        RemindersApi.Map(plans);
        PlanAlertsApi.Map(plans);
    }
}
