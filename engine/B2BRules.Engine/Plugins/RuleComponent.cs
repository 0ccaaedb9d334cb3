using System.Collections.Immutable;
using B2BRules.Sdk;

namespace B2BRules.Engine.Plugins;

/// <summary>
/// Where rules come from: the engine itself (SARIF <c>tool.driver</c>) or one plugin assembly (a <c>tool.extensions</c>
/// entry), with the rule instances it supplied and the descriptors they declare.
/// </summary>
public sealed record RuleComponent(string Name, string Version, bool IsEngine, ImmutableArray<InvitationRule> Rules, ImmutableArray<RuleDescriptor> Descriptors)
{
    /// <summary>Descriptors in ID order, as SARIF lists them.</summary>
    public ImmutableArray<RuleDescriptor> SortedDescriptors => [.. Descriptors.OrderBy(d => d.Id, StringComparer.Ordinal)];
}
