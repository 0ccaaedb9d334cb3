using System.Collections.Immutable;

namespace B2BRules.Engine.Execution;

/// <summary>Rules that timed out: they sit out every later batch of the same run (a hanging rule would hang them all).</summary>
public sealed class RunQuarantine
{
    // Copy on write: Contains runs for every rule on every row and must not take a lock; Add is rare.
    private ImmutableHashSet<RegisteredRule> _rules = [];

    internal void Add(RegisteredRule rule) => ImmutableInterlocked.Update(ref _rules, static (set, r) => set.Add(r), rule);

    internal bool Contains(RegisteredRule rule)
    {
        var rules = Volatile.Read(ref _rules);
        return rules.Count != 0 && rules.Contains(rule);
    }
}
