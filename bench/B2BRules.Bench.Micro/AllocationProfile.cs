using System.Diagnostics.Tracing;

namespace B2BRules.Bench;

/// <summary>
/// <c>B2BRules.Bench.Micro --allocations</c>: which types the runner allocates over a 20,000-row batch, from the
/// runtime's allocation sampling (one event per ~100 KB allocated), to find what "no per-row allocations" still misses.
/// </summary>
internal sealed class AllocationProfile : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytesByType = [];
    private bool _recording;

    public static void Run()
    {
        var fixture = Fixture.Instance;
        fixture.Run(fixture.Catalog); // warm up: JIT and lazily loaded lists are not the hot path
        using var profile = new AllocationProfile();
        profile._recording = true;
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var findings = fixture.Run(fixture.Catalog).Findings.Count;
        var total = GC.GetTotalAllocatedBytes(precise: true) - before;
        profile._recording = false;
        Console.WriteLine($"{Fixture.Rows:N0} rows, {findings:N0} findings: {total / 1024.0 / 1024.0:N1} MB allocated, {total / (double)Fixture.Rows:N0} B per row");
        var empty = GC.GetTotalMemory(forceFullCollection: true);
        var kept = fixture.Run(fixture.Catalog);
        var retained = GC.GetTotalMemory(forceFullCollection: true) - empty;
        Console.WriteLine($"the batch's result keeps {retained / 1024.0 / 1024.0:N1} MB: {retained / (double)kept.Findings.Count:N0} B per finding");
        GC.KeepAlive(kept);
        lock (profile._bytesByType)
        {
            foreach (var (type, bytes) in profile._bytesByType.OrderByDescending(p => p.Value).Take(25))
            {
                Console.WriteLine($"{bytes / 1024.0 / 1024.0,8:N1} MB  {type}");
            }
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_recording || eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.Payload is null)
        {
            return;
        }

        var type = eventData.PayloadNames?.IndexOf("TypeName") is >= 0 and var t ? eventData.Payload[t] as string ?? "?" : "?";
        var amount = eventData.PayloadNames?.IndexOf("AllocationAmount64") is >= 0 and var a ? Convert.ToInt64(eventData.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        lock (_bytesByType)
        {
            _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
        }
    }
}
