using System.Text.Json;
using Ippon.Storage;
using Ippon.Web.Components;
using Ippon.Web.Features.Accounts;
using Ippon.Web.Features.Audit;
using Ippon.Web.Features.Actuals;
using Ippon.Web.Features.Calculation;
using Ippon.Web.Features.Edits;
using Ippon.Web.Features.History;
using Ippon.Web.Features.Lifecycle;
using Ippon.Web.Features.Live;
using Ippon.Web.Features.Localization;
using Ippon.Web.Features.Notifications;
using Ippon.Web.Features.Plans;
using Ippon.Web.Features.Shared;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;
using Scalar.AspNetCore;

namespace Ippon.Web;

/// <summary>How the app is put together: services, the database (migrated and seeded at start-up), the pages and the API.</summary>
public static class IpponApp
{
    /// <summary>The setting (environment variable or configuration) that says where the database is.</summary>
    public const string DatabaseSetting = "IPPON_DB";

    public static WebApplicationBuilder AddIppon(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Serve the packages' static files (MudBlazor, the Blazor script) from the build output too, not only when published.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        var location = DatabaseLocation.Resolve(
            builder.Configuration[DatabaseSetting] ?? builder.Configuration.GetConnectionString("Ippon"),
            builder.Environment.ContentRootPath);
        // Live updates watch every save through the database contexts (Features/Live).
        services.AddIpponStorage(location, services.AddLive(location));
        // Cookies and antiforgery tokens are protected with keys kept in the database, so every instance behind a
        // load balancer reads what another wrote.
        services.AddDataProtection().SetApplicationName("Ippon").PersistKeysToDbContext<IpponDb>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Features.Store.PlanStore>(); // the one door to what is saved (pages and endpoints)
        services.AddGracefulShutdown();
        services.AddScoped<Features.Shared.UnsavedWork>();
        services.AddIpponAccounts(builder.Configuration);
        services.AddIpponNotifications(builder.Configuration);
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, RevalidatingAuthentication>();
        services.AddSingleton(new UploadLimits(builder.Configuration.GetValue<long?>("Ippon:MaxUploadBytes") ?? UploadLimits.DefaultBytes));
        services.AddRazorComponents()
            .AddInteractiveServerComponents()
            .AddHubOptions(o => o.MaximumReceiveMessageSize = 4 * 1024 * 1024); // pasted blocks and plan files
        services.AddMudServices();
        services.AddProblemDetails();
        RequestGuards.Add(services, builder.Configuration);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Ippon API";
            document.Info.Description = "Plans, versions, calculation (the JSON of `ippon plan --json`), actuals and review. " +
                                        "Errors are RFC 9457 problem details with errors: [{field, line, column, message}]; ?lang=en for English.";
            return Task.CompletedTask;
        }));
        return builder;
    }

    public static async Task UseIpponAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var console = new StartupConsole(Console.Out);
        var oneTimePassword = await PrepareDatabaseAsync(app, console);
        console.WhenRunning(app, oneTimePassword);
        app.UseGracefulShutdown();
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler();
        app.UseSecurityHeaders();
        app.UseStatusCodePages();
        app.UseRouting();
        RequestGuards.Use(app);
        app.UseAuthentication();
        app.UseAuthorization();
        // After authentication: the API's share per user needs to know the user.
        app.UseRateLimiter();
        app.UsePasswordChangeGate();
        app.UseCookieCsrf();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapOpenApi();
        app.MapScalarApiReference(o => o.WithTitle("Ippon API"));
        SignInPages.Map(app);
        Oidc.Map(app);
        ManageAccounts.Map(app);
        AuditApi.Map(app);

        var plans = app.MapPlansApi();
        plans.MapEditingApi();
        Features.Authoring.MoveMetric.Map(plans);
        plans.MapHistoryApi();
        StoredActuals.Map(plans);
        app.MapNotifications(plans);
        Ippon.Web.Features.Review.ReviewPlan.Map(plans);
        CalculatePlan.Map(app);
        Features.Optimization.OptimizePlan.Map(app);
        LanguageSwitch.Map(app);
        Ippon.Web.Features.Conventions.DisplaySettings.Map(app);

        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        console.Step("Web サーバーを起動しています…", "starting the web server…");
    }

    // Creates or upgrades the database; a new database gets the sample plan, so the first visit has something to open.
    // Returns the first admin's one-time password when it was just created (printed last by the start-up banner).
    static async Task<string?> PrepareDatabaseAsync(WebApplication app, StartupConsole console)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<IpponDb>>();
        var location = app.Services.GetRequiredService<DatabaseLocation>();
        console.Step("データベースを準備しています", "preparing the database", location.Display);
        var firstRun = await IpponStorage.MigrateAsync(factory);
        var time = app.Services.GetRequiredService<TimeProvider>();
        var oneTimePassword = await FirstRun.EnsureAdminAsync(app.Services, app.Configuration, time);
        if (!firstRun) return oneTimePassword;
        await using var db = factory.CreateDbContext();
        var seeded = await CreatePlan.Store(db, Templates.Text(Templates.Default), new Caller("Ippon", Ippon.Storage.Accounts.AccountRole.Admin, null),
            "サンプル計画 / sample plan", time, app.Services.GetRequiredService<UploadLimits>(), CancellationToken.None);
        if (seeded.Ok) console.Step("サンプル計画を作成しました", "created the sample plan", seeded.Value.Title);
        return oneTimePassword;
    }
}
