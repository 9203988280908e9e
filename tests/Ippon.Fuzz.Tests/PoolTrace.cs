using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Runtime.CompilerServices;

namespace Ippon.Fuzz.Tests;

/// <summary>With <c>IPPON_FUZZ_POOL_TRACE=FILE</c>: every rent, allocation, return and trim of a pooled buffer of 4 million
/// elements or more, with the stack that asked for it, appended to FILE.</summary>
/// <remarks>
/// How the API plan texts' 1.3 GB was found (docs/security.md): the shared <c>ArrayPool</c>'s events come from a
/// managed EventSource, whose listener runs on the renting thread, so the stack is the renter's.
/// </remarks>
sealed class PoolTrace : EventListener
{
    static PoolTrace? s_one;
    static readonly string? s_file = Environment.GetEnvironmentVariable("IPPON_FUZZ_POOL_TRACE");

    [ModuleInitializer]
    internal static void Start()
    {
        if (s_file is { Length: > 0 }) s_one = new PoolTrace();
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "System.Buffers.ArrayPoolEventSource") EnableEvents(source, EventLevel.Verbose);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (s_file is null || e.Payload is null || e.PayloadNames is null) return;
        var i = e.PayloadNames.IndexOf("bufferSize");
        if (i < 0 || Convert.ToInt64(e.Payload[i]) < (4 << 20)) return;
        var frames = new StackTrace(2, false).GetFrames().Select(f => f.GetMethod()).Where(m => m is not null)
            .Select(m => m!.DeclaringType?.FullName + "." + m.Name).Where(n => !n.StartsWith("System.Diagnostics.Tracing", StringComparison.Ordinal)).Take(25);
        var pool = e.PayloadNames.IndexOf("poolId") is var p and >= 0 ? e.Payload[p] : "?";
        lock (s_file) File.AppendAllText(s_file, $"{DateTime.UtcNow:HH:mm:ss.fff} {e.EventName} size={e.Payload[i]} pool={pool} thread={Environment.CurrentManagedThreadId}\n  " + string.Join("\n  ", frames) + "\n");
    }
}
