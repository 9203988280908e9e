using System.Text.Json;
using System.Threading.RateLimiting;
using Ippon.Calculation;
using Ippon.Numbers;
using Ippon.Plans;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;

namespace Ippon.Web.Features.Shared;

/// <summary>
/// The limits every API request meets before the expensive work (configuration <c>Ippon:Requests:*</c>): a body size
/// and JSON depth, a time budget per calculation, and a share of the server per user, so that one user's burst of
/// requests queues behind itself instead of starving everyone else. Each refusal is problem+json naming what was
/// too much; none is a 500. The table of limits is in docs/security.md.
/// </summary>
public sealed record RequestGuards
{
    /// <summary>The largest JSON body an API request may send: above the plan file's own limit (16 MB, escaped), so that a plan too large is named as the field it is in.</summary>
    public long MaxJsonBodyBytes { get; init; } = 24 * 1024 * 1024;

    /// <summary>How deeply a JSON body may nest.</summary>
    public int MaxJsonDepth { get; init; } = 32;

    /// <summary>How long one calculation may run before it is stopped.</summary>
    public TimeSpan CalculationBudget { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>API requests of one user (or one address, before sign-in) running at once; more wait in the user's own queue.</summary>
    public int PerUserConcurrency { get; init; } = 4;

    /// <summary>Requests of one user that may wait; beyond it they are refused with 429 at once.</summary>
    public int PerUserQueue { get; init; } = 100;

    /// <summary>Reads the guards from configuration and installs the per-user limiter and the JSON depth.</summary>
    public static IServiceCollection Add(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Ippon:Requests");
        var defaults = new RequestGuards();
        var guards = new RequestGuards
        {
            MaxJsonBodyBytes = section.GetValue<long?>("MaxJsonBodyBytes") ?? defaults.MaxJsonBodyBytes,
            MaxJsonDepth = section.GetValue<int?>("MaxJsonDepth") ?? defaults.MaxJsonDepth,
            CalculationBudget = TimeSpan.FromSeconds(section.GetValue<double?>("CalculationSeconds") ?? defaults.CalculationBudget.TotalSeconds),
            PerUserConcurrency = section.GetValue<int?>("PerUserConcurrency") ?? defaults.PerUserConcurrency,
            PerUserQueue = section.GetValue<int?>("PerUserQueue") ?? defaults.PerUserQueue,
        };
        services.AddSingleton(guards);
        services.Configure<JsonOptions>(o => o.SerializerOptions.MaxDepth = guards.MaxJsonDepth);
        // Binding failures (bad JSON, too deep) are thrown rather than answered with an empty 400, so that the
        // middleware below can say what was wrong and where.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                !http.Request.Path.StartsWithSegments("/api")
                    ? RateLimitPartition.GetNoLimiter("")
                    : RateLimitPartition.GetConcurrencyLimiter(UserKey(http), _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = guards.PerUserConcurrency,
                        QueueLimit = guards.PerUserQueue,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    }));
            o.OnRejected = (context, ct) => new ValueTask(Refuse(context.HttpContext, StatusCodes.Status429TooManyRequests, "requests", new Message(
                "リクエストが多すぎます。前のリクエストが終わってから、もう一度試してください",
                "too many requests at once from you; try again when the earlier ones have finished"), ct));
        });
        return services;
    }

    static string UserKey(HttpContext http) =>
        http.User.Identity is { IsAuthenticated: true, Name: { } name } ? "user:" + name : "addr:" + (http.Connection.RemoteIpAddress?.ToString() ?? "local");

    /// <summary>Refuses an API body above the size limit before it is read, and turns binding failures into problem+json.</summary>
    public static void Use(WebApplication app)
    {
        var guards = app.Services.GetRequiredService<RequestGuards>();
        app.Use(async (http, next) =>
        {
            var json = http.Request.Path.StartsWithSegments("/api") && !http.Request.HasFormContentType;
            if (json && http.Request.ContentLength > guards.MaxJsonBodyBytes)
            {
                await Refuse(http, StatusCodes.Status413PayloadTooLarge, "body", TooLarge(guards), http.RequestAborted);
                return;
            }
            if (json && http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = guards.MaxJsonBodyBytes;
            try
            {
                await next(http);
            }
            catch (BadHttpRequestException e) when (!http.Response.HasStarted)
            {
                // Also a form posted without its antiforgery token, or a body that cannot be bound: the client's fault, said as such.
                var (field, message) = e.InnerException is JsonException inner ? (Field(inner.Path), Invalid(inner, guards)) : ("body", e.StatusCode == StatusCodes.Status413PayloadTooLarge ? TooLarge(guards) : new Message(
                    "リクエストを読めません。送り方を確かめてください", "the request cannot be read; check what was sent"));
                await Refuse(http, e.StatusCode, field, message, http.RequestAborted);
            }
        });
    }

    /// <summary>Calculates <paramref name="plan"/> within the time budget; past it the calculation is stopped and the answer says so (400 naming the field).</summary>
    public async Task<Outcome<PlanResult>> Calculate(Plan plan, CalculationOptions options, string field, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (CalculationBudget <= TimeSpan.Zero) await budget.CancelAsync();
        else budget.CancelAfter(CalculationBudget);
        try
        {
            return await Task.Run(() => PlanCalculator.Calculate(plan, options with { Cancellation = budget.Token }), budget.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            var seconds = CalculationBudget.TotalSeconds;
            return Failure.Invalid(field,
                $"計算が {seconds:0.#} 秒を超えたため止めました。計画を分けるか、指標を減らしてください",
                $"the calculation took longer than {seconds:0.#} s and was stopped; split the plan or use fewer metrics");
        }
    }

    static Message TooLarge(RequestGuards guards) => new(
        $"リクエストの本文が大きすぎます。上限は {guards.MaxJsonBodyBytes / 1_048_576.0:0.#} MB です",
        $"the request body is too large; the limit is {guards.MaxJsonBodyBytes / 1_048_576.0:0.#} MB");

    static Message Invalid(JsonException e, RequestGuards guards) => e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
        ? new Message($"JSON の入れ子が深すぎます (最大 {guards.MaxJsonDepth} 段)", $"the JSON nests too deeply (at most {guards.MaxJsonDepth} levels)")
        : new Message(
            $"JSON として読めないか、型が違います{(e.LineNumber is { } l ? $" ({l + 1} 行 {e.BytePositionInLine + 1} バイト目)" : "")}",
            $"the body is not valid JSON or a value has the wrong type{(e.LineNumber is { } l2 ? $" (line {l2 + 1}, byte {e.BytePositionInLine + 1})" : "")}");

    // $.set.win_rate → set.win_rate; the body itself → body.
    static string Field(string? path) => path is null or "$" or "" ? "body" : path.TrimStart('$', '.');

    static Task Refuse(HttpContext http, int status, string field, Message message, CancellationToken ct)
    {
        var language = RequestLanguage.Of(http);
        http.Response.StatusCode = status;
        if (status == StatusCodes.Status429TooManyRequests) http.Response.Headers.RetryAfter = "1";
        return TypedResults.Problem(
            title: message.In(language),
            detail: $"{field}: {message.In(language)}",
            statusCode: status,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = new[] { new Dictionary<string, object?> { ["field"] = field, ["message"] = message.In(language) } },
            }).ExecuteAsync(http);
    }
}
