using System.Collections.Frozen;
using B2BRules.Engine.Execution;
using B2BRules.Engine.Plugins;
using B2BRules.Sdk;
using B2BRules.Sdk.Fixes;

namespace B2BRules.Engine.Fixes;

/// <summary>
/// The fix providers of a run — the engine's and every plugin's — indexed by the rule IDs they fix. The check asks it
/// for the fixes SARIF carries: only edits a viewer can apply in place (cell replacements and row deletions), and only
/// those that need no earlier rows. <c>b2brules fix</c> asks for every fix, with the batch's rows. A provider that throws
/// offers nothing more in this run and is reported once (B2B9001), as a rule that throws is.
/// </summary>
public sealed class FixCatalog
{
    private static readonly Dictionary<int, InvitationRow> NoRows = [];

    // Looked up for every finding, so indexed once by rule ID.
    private readonly FrozenDictionary<string, (InvitationFixProvider Provider, RuleComponent Owner)[]> _byRuleId;
    private readonly HashSet<InvitationFixProvider> _failed = [];

    public FixCatalog(IEnumerable<RuleComponent> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        _byRuleId = components
            .SelectMany(c => c.FixProviders.SelectMany(p => p.FixableRuleIds.Select(id => (Id: id, Provider: p, Owner: c))))
            .GroupBy(e => e.Id, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Select(e => (e.Provider, e.Owner)).ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Whether any provider fixes findings of <paramref name="ruleId"/>.</summary>
    public bool CanFix(string ruleId) => _byRuleId.ContainsKey(ruleId);

    /// <summary>The fixes a check records for a finding (in-place edits only); failures become notifications.</summary>
    public IReadOnlyList<InvitationFix> ForCheck(Diagnostic diagnostic, InvitationRow? row, Policy policy, Action<ToolNotification> notify)
    {
        if (!_byRuleId.ContainsKey(diagnostic.Id))
        {
            return [];
        }

        var fixes = Collect(diagnostic, row, NoRows, policy, notify);
        return fixes.Count == 0 ? fixes : [.. fixes.Where(f => f.Edits.All(e => e is ReplaceCell or DeleteRow))];
    }

    /// <summary>Every fix offered for a finding, with the batch's rows for providers that compare with earlier ones.</summary>
    public IReadOnlyList<InvitationFix> ForFix(Diagnostic diagnostic, InvitationRow? row, IReadOnlyDictionary<int, InvitationRow> rowsByRecord, Policy policy, Action<ToolNotification> notify) =>
        Collect(diagnostic, row, rowsByRecord, policy, notify);

    private List<InvitationFix> Collect(Diagnostic diagnostic, InvitationRow? row, IReadOnlyDictionary<int, InvitationRow> rows, Policy policy, Action<ToolNotification> notify)
    {
        var fixes = new List<InvitationFix>();
        if (!_byRuleId.TryGetValue(diagnostic.Id, out var providers))
        {
            return fixes;
        }

        foreach (var (provider, owner) in providers)
        {
            lock (_failed)
            {
                if (_failed.Contains(provider))
                {
                    continue;
                }
            }

            var offered = new List<InvitationFix>();
            try
            {
                using (ConsoleCapture.Attribute($"{provider.GetType().Name} in {owner.Name}"))
                {
                    provider.RegisterFixes(new FixContext(diagnostic, row, rows, policy, offered.Add));
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                bool first;
                lock (_failed)
                {
                    first = _failed.Add(provider);
                }

                if (first)
                {
                    notify(new ToolNotification(ToolNotifications.RuleThrew,
                        $"Fix provider {provider.GetType().Name} in {owner.Name} threw {e.GetType().Name} on a {diagnostic.Id} finding: {e.Message}; it offers no more fixes in this run.",
                        diagnostic.Location, Severity.Error, NotificationKind.Execution, diagnostic.Id));
                }

                continue;
            }

            fixes.AddRange(offered);
        }

        return fixes;
    }
}
