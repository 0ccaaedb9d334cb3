using B2BRules.Engine.Checking;

namespace B2BRules.Engine.Execution;

/// <summary>What every batch of one run shares: a time budget per rule call, the rules already quarantined, and progress.</summary>
/// <param name="RuleTimeout">How long one rule call may take.</param>
/// <param name="Quarantine">Rules that timed out earlier in the run.</param>
public sealed record RunContext(TimeSpan RuleTimeout, RunQuarantine Quarantine)
{
    /// <summary>Where the batches count what they have checked, for a progress display; null when nobody watches.</summary>
    public CheckProgress? Progress { get; init; }
}
