using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

/// <summary>A Chromium performance trace of a page through the DevTools protocol (Tracing.start / Tracing.end), written as a trace JSON file.</summary>
sealed class ChromiumTrace
{
    readonly ICDPSession _session;
    readonly List<JsonElement> _events = [];
    readonly TaskCompletionSource _complete = new(TaskCreationOptions.RunContinuationsAsynchronously);

    ChromiumTrace(ICDPSession session) => _session = session;

    public static async Task<ChromiumTrace> StartAsync(IPage page)
    {
        var session = await page.Context.NewCDPSessionAsync(page);
        var trace = new ChromiumTrace(session);
        session.Event("Tracing.dataCollected").OnEvent += (_, data) =>
        {
            if (data is { } d && d.TryGetProperty("value", out var value))
                lock (trace._events) trace._events.AddRange(value.EnumerateArray().Select(e => e.Clone()));
        };
        session.Event("Tracing.tracingComplete").OnEvent += (_, _) => trace._complete.TrySetResult();
        await session.SendAsync("Tracing.start", new Dictionary<string, object>
        {
            ["transferMode"] = "ReportEvents",
            ["traceConfig"] = new Dictionary<string, object>
            {
                ["includedCategories"] = new[] { "devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "v8.execute", "blink", "toplevel", "__metadata" },
            },
        });
        return trace;
    }

    public async Task StopAsync(string path)
    {
        await _session.SendAsync("Tracing.end");
        await _complete.Task.WaitAsync(TimeSpan.FromMinutes(2));
        var text = new StringBuilder("{\"traceEvents\":[");
        lock (_events) text.AppendJoin(',', _events.Select(e => e.GetRawText()));
        text.Append("]}");
        await File.WriteAllTextAsync(path, text.ToString());
    }
}
