using System.Collections.Frozen;
using B2BRules.Sdk;
using B2BRules.Sdk.Fixes;

namespace B2BRules.Engine.Fixes;

/// <summary>
/// The fixes offered for a finding while the check runs, for SARIF: only edits a viewer can apply in place (cell
/// replacements and row deletions). Splitting a batch is left to <c>b2brules fix</c>; fixes that compare with earlier
/// rows (exact duplicates) too, since the check keeps no earlier rows.
/// </summary>
internal static class FixCatalog
{
    private static readonly Dictionary<int, InvitationRow> NoRows = [];

    // Looked up for every finding, so indexed once by rule ID.
    private static readonly FrozenDictionary<string, InvitationFixProvider[]> ProvidersByRuleId = EngineFixProviders.All
        .SelectMany(p => p.FixableRuleIds.Select(id => (Id: id, Provider: p)))
        .GroupBy(e => e.Id, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(g => g.Key, g => g.Select(e => e.Provider).ToArray(), StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<InvitationFix> For(Diagnostic diagnostic, InvitationRow? row, Policy policy)
    {
        if (!ProvidersByRuleId.TryGetValue(diagnostic.Id, out var providers))
        {
            return [];
        }

        List<InvitationFix>? fixes = null;
        foreach (var provider in providers)
        {
            provider.RegisterFixes(new FixContext(diagnostic, row, NoRows, policy, fix =>
            {
                if (fix.Edits.All(e => e is ReplaceCell or DeleteRow))
                {
                    (fixes ??= []).Add(fix);
                }
            }));
        }

        return fixes ?? (IReadOnlyList<InvitationFix>)[];
    }
}
