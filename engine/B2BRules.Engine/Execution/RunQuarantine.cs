using System.Collections.Concurrent;

namespace B2BRules.Engine.Execution;

/// <summary>Rules that timed out: they sit out every later batch of the same run (a hanging rule would hang them all).</summary>
public sealed class RunQuarantine
{
    private readonly ConcurrentDictionary<RegisteredRule, bool> _rules = new();

    internal void Add(RegisteredRule rule) => _rules.TryAdd(rule, true);

    internal bool Contains(RegisteredRule rule) => !_rules.IsEmpty && _rules.ContainsKey(rule);
}
