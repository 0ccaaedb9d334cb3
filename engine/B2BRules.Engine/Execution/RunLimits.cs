namespace B2BRules.Engine.Execution;

/// <summary>What one run allows its rules: a time budget per rule call, and the rules already quarantined for the run.</summary>
/// <param name="RuleTimeout">How long one rule call may take.</param>
/// <param name="Quarantine">Rules that timed out earlier in the run.</param>
public sealed record RunLimits(TimeSpan RuleTimeout, RunQuarantine Quarantine);
