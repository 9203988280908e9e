namespace Ippon.Web.Features.Lifecycle;

/// <summary>
/// Ctrl+C (SIGTERM) stops the server in about a second, not 30 s. On the stop signal SignalR closes the Blazor circuits
/// it tracks, but the page reconnects at once, and a circuit connection that arrives (or was already on its way) after
/// that close is tracked by nobody: Kestrel's drain then waits on it for the host's whole shutdown timeout
/// (dotnet/aspnetcore#58947). So once the app is stopping, circuit requests are refused with 503 and the ones still
/// open are aborted; the page shows its reconnect banner and reloads when the server is back.
/// </summary>
/// <remarks>
/// Nothing acknowledged is lost: a save is acknowledged only after its transaction commits, requests in flight get
/// <see cref="Grace"/> to finish, and one cut off after that was never acknowledged (its transaction rolls back).
/// An unsaved edit in a page was never acknowledged either; the page keeps saying 未保存 until it is saved.
/// </remarks>
public static class GracefulShutdown
{
    /// <summary>How long requests in flight may still take after the stop signal (the host's shutdown timeout).</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(3);

    /// <summary>The path of the Blazor circuit connections (negotiate, WebSocket, long polling).</summary>
    const string CircuitPath = "/_blazor";

    public static IServiceCollection AddGracefulShutdown(this IServiceCollection services) =>
        services.Configure<HostOptions>(o => o.ShutdownTimeout = Grace);

    /// <summary>Goes first in the pipeline, before routing, so that no circuit request reaches the hub once the app is stopping.</summary>
    public static IApplicationBuilder UseGracefulShutdown(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var stopping = app.ApplicationServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        return app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments(CircuitPath))
            {
                await next(context);
                return;
            }
            if (stopping.IsCancellationRequested)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }
            // A circuit connection open when the stop signal comes is dropped then, not at the end of the drain.
            await using var abort = stopping.Register(context.Abort);
            await next(context);
        });
    }
}
