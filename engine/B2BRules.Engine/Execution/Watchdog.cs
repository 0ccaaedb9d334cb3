using System.Diagnostics;
using B2BRules.Sdk;

namespace B2BRules.Engine.Execution;

/// <summary>
/// Times every rule call of a batch. .NET cannot abort a thread, so rules run on a worker thread; when a call exceeds
/// its budget the watchdog abandons that worker (a background thread, left to finish or spin on its own), quarantines
/// the rule for the rest of the run (B2B9004), and a fresh worker carries on from the same row. Whatever the abandoned
/// call reports later is ignored.
/// </summary>
internal sealed class Watchdog(TimeSpan budget)
{
    private const long Idle = 0;
    private const long Abandoned = -1;

    [ThreadStatic]
    private static int t_generation;

    [ThreadStatic]
    private static long t_callStart;

    private long _callStart;
    private int _generation;

    /// <summary>The rule and row of the call in progress (valid while a call runs).</summary>
    public (RuleInBatch? Rule, InvitationRow? Row) Current { get; private set; }

    public TimeSpan Budget { get; } = budget;

    /// <summary>Whether the calling thread is a worker the watchdog has given up on.</summary>
    public bool IsAbandonedThread => t_generation != Volatile.Read(ref _generation);

    /// <summary>Marks the calling thread as the current worker.</summary>
    public void AdoptCurrentThread() => t_generation = Volatile.Read(ref _generation);

    /// <summary>Starts timing a call; false when this worker has been abandoned and must stop.</summary>
    public bool Enter(RuleInBatch rule, InvitationRow? row)
    {
        if (IsAbandonedThread)
        {
            return false;
        }

        Current = (rule, row);
        t_callStart = Stopwatch.GetTimestamp();
        Volatile.Write(ref _callStart, t_callStart);
        return true;
    }

    /// <summary>
    /// Stops timing; false when the call overran and the worker was abandoned meanwhile. Compares with this thread's own
    /// start time, so an abandoned worker that wakes up can never end a fresh worker's call.
    /// </summary>
    public bool Exit() => !IsAbandonedThread && Interlocked.CompareExchange(ref _callStart, Idle, t_callStart) == t_callStart;

    /// <summary>Called by the watching thread: true (once) when the call in progress has overrun and is now abandoned.</summary>
    public bool TryAbandonOverrunningCall()
    {
        var start = Volatile.Read(ref _callStart);
        if (start <= Idle || Stopwatch.GetElapsedTime(start) < Budget || Interlocked.CompareExchange(ref _callStart, Abandoned, start) != start)
        {
            return false;
        }

        Interlocked.Increment(ref _generation);
        Volatile.Write(ref _callStart, Idle);
        return true;
    }
}
