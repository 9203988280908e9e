using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Ippon.Web.Tests.Infrastructure;

/// <summary>A local HTTP receiver of chat webhooks on 127.0.0.1 (a small ASP.NET Core app in the test process): <c>/slack</c> and <c>/teams</c> record each post; the first ones can be answered 500.</summary>
public sealed class TestWebhookReceiver : IAsyncDisposable
{
    readonly WebApplication _app;

    /// <summary>One post received: the path, its Idempotency-Key header, the JSON body.</summary>
    public sealed record Post(string Path, string? IdempotencyKey, JsonElement Body, DateTime At);

    public ConcurrentQueue<Post> Received { get; } = new();

    /// <summary>Every request, including refused ones: its Idempotency-Key and when.</summary>
    public ConcurrentQueue<(string? Key, DateTime At)> Attempts { get; } = new();

    /// <summary>How many first posts of every message (by Idempotency-Key) to answer with 500.</summary>
    public int FailEach { get; set; }

    public Uri BaseAddress { get; private set; } = null!;

    TestWebhookReceiver(WebApplication app) => _app = app;

    public static async Task<TestWebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new TestWebhookReceiver(app);
        app.MapPost("/{channel}", async (string channel, HttpContext http) =>
        {
            var key = http.Request.Headers["Idempotency-Key"].FirstOrDefault();
            receiver.Attempts.Enqueue((key, DateTime.UtcNow));
            if (receiver.Attempts.Count(a => a.Key == key) <= receiver.FailEach) return Results.StatusCode(500);
            using var doc = await JsonDocument.ParseAsync(http.Request.Body);
            receiver.Received.Enqueue(new Post("/" + channel, key, doc.RootElement.Clone(), DateTime.UtcNow));
            return Results.Ok();
        });
        await app.StartAsync();
        receiver.BaseAddress = new Uri(app.Urls.First());
        return receiver;
    }

    public string Url(string channel) => new Uri(BaseAddress, channel).ToString();

    public async Task<List<Post>> WaitForAsync(Func<List<Post>, bool> predicate, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var posts = Received.ToList();
            if (predicate(posts)) return posts;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the posts expected did not arrive; received {posts.Count}");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
