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
    private static long t_call;

    // The hot path only numbers calls (no clock read per call): the watching thread notes when it first saw a call
    // number and abandons the call once the same number has been in progress for the whole budget.
    private long _call;
    private long _lastCall;
    private int _generation;
    private long _watchedCall;
    private long _watchedSince;

    /// <summary>The rule and row of the call in progress (valid while a call runs).</summary>
    public (RuleInBatch? Rule, InvitationRow? Row) Current { get; private set; }

    public TimeSpan Budget { get; } = budget;

    /// <summary>Whether the calling thread is a worker the watchdog has given up on.</summary>
    public bool IsAbandonedThread => t_generation != Volatile.Read(ref _generation);

    /// <summary>Marks the calling thread as the current worker.</summary>
    public void AdoptCurrentThread() => t_generation = Volatile.Read(ref _generation);

    /// <summary>Starts a call; false when this worker has been abandoned and must stop.</summary>
    public bool Enter(RuleInBatch rule, InvitationRow? row)
    {
        if (IsAbandonedThread)
        {
            return false;
        }

        Current = (rule, row);
        t_call = ++_lastCall; // only the current worker numbers calls
        Volatile.Write(ref _call, t_call);
        return true;
    }

    /// <summary>
    /// Ends the call; false when it overran and the worker was abandoned meanwhile. Compares with this thread's own call
    /// number, so an abandoned worker that wakes up can never end a fresh worker's call.
    /// </summary>
    public bool Exit() => !IsAbandonedThread && Interlocked.CompareExchange(ref _call, Idle, t_call) == t_call;

    /// <summary>
    /// Called by the watching thread, at least every tenth of the budget: true (once) when the call in progress has
    /// overrun and is now abandoned. A call is abandoned between one budget and one polling interval more after it began.
    /// </summary>
    public bool TryAbandonOverrunningCall()
    {
        var call = Volatile.Read(ref _call);
        if (call <= Idle)
        {
            return false;
        }

        if (call != _watchedCall)
        {
            (_watchedCall, _watchedSince) = (call, Stopwatch.GetTimestamp());
            return false;
        }

        if (Stopwatch.GetElapsedTime(_watchedSince) < Budget || Interlocked.CompareExchange(ref _call, Abandoned, call) != call)
        {
            return false;
        }

        Interlocked.Increment(ref _generation);
        Volatile.Write(ref _call, Idle);
        return true;
    }
}
