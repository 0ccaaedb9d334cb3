using System.Collections.Immutable;
using B2BRules.Sdk;

namespace B2BRules.Engine.Plugins;

/// <summary>Where a component's rules come from.</summary>
public enum ComponentKind
{
    /// <summary>The engine's own checks: SARIF <c>tool.driver</c>.</summary>
    Engine = 0,

    /// <summary>A plugin assembly, built in or third party.</summary>
    Plugin = 1,

    /// <summary>Declarative rules defined in a rules file.</summary>
    Yaml = 2,
}

/// <summary>
/// Where rules come from: the engine itself (SARIF <c>tool.driver</c>), one plugin assembly, or one rules file's
/// declarative rules (each a <c>tool.extensions</c> entry), with the rule instances and the descriptors they declare.
/// </summary>
public sealed record RuleComponent(string Name, string Version, ComponentKind Kind, ImmutableArray<InvitationRule> Rules, ImmutableArray<RuleDescriptor> Descriptors)
{
    /// <summary>The invitation adapters the component's assembly supplies.</summary>
    public ImmutableArray<Sdk.Adapters.InvitationAdapter> Adapters { get; init; } = [];

    /// <summary>The fix providers the component's assembly supplies (<c>[InvitationFixProvider]</c> types).</summary>
    public ImmutableArray<Sdk.Fixes.InvitationFixProvider> FixProviders { get; init; } = [];

    /// <summary>Whether this is the engine (the SARIF driver).</summary>
    public bool IsEngine => Kind == ComponentKind.Engine;

    /// <summary>Descriptors in ID order, as SARIF lists them.</summary>
    public ImmutableArray<RuleDescriptor> SortedDescriptors => [.. Descriptors.OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>"the engine", "plugin X", "rules file Y": for people.</summary>
    public string Origin => Kind switch
    {
        ComponentKind.Engine => "engine",
        ComponentKind.Plugin => "plugin " + Name,
        _ => "rules file " + Name,
    };
}
