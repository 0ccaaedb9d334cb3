using B2BRules.Engine.Checking;
using B2BRules.Engine.Configuration;
using B2BRules.Engine.Declarative;
using B2BRules.Engine.Execution;
using B2BRules.Engine.Input;
using B2BRules.Engine.Plugins;
using B2BRules.Sdk;

namespace B2BRules.Engine.PolicyTooling;

/// <summary>
/// What <c>b2brules rules list</c> and <c>rules explain</c> show: every rule with its origin and effective severity,
/// and for one rule the chain of places that set its severity for a file.
/// </summary>
public sealed class RuleInventory(ConfigurationLoader configurationLoader, RuleLoader ruleLoader)
{
    /// <summary>Loads the configuration and every rule it brings. Throws <see cref="ConfigurationException"/> for a broken rules file.</summary>
    public RuleSet Open(string? rulesPath, IReadOnlyList<string>? severities = null, string? sourceRoot = null, string? tenantPath = null)
    {
        var root = InputResolver.ResolveSourceRoot(sourceRoot);
        var configuration = configurationLoader.Load(rulesPath, new RunSettings(Severities: [.. (severities ?? []).Select(RuleSetting.FromCommandLine)], TenantPath: tenantPath));
        var notifications = new List<ToolNotification>();
        var catalog = ruleLoader.Load(configuration, root, notifications);
        return new RuleSet(configuration, catalog, notifications);
    }
}

/// <summary>The rules of one configuration, ready to list and explain.</summary>
public sealed class RuleSet(EngineConfiguration configuration, RuleCatalog rules, IReadOnlyList<ToolNotification> notifications)
{
    public IReadOnlyList<ToolNotification> Notifications { get; } = notifications;

    /// <summary>The merged configuration.</summary>
    public EngineConfiguration Configuration => configuration;

    /// <summary>Every loaded rule and adapter.</summary>
    public RuleCatalog Catalog => rules;

    /// <summary>Every rule, in ID order, with its effective level for a file (or for no file: overrides left out).</summary>
    public IReadOnlyList<RuleEntry> List(string? forFile = null)
    {
        var settings = configuration.ForFile(forFile is null ? null : Path.GetFullPath(forFile));
        return [.. rules.Components
            .SelectMany(c => c.Descriptors.Select(d => new RuleEntry(d, c, settings.LevelOf(d))))
            .OrderBy(e => e.Descriptor.Id, StringComparer.Ordinal)];
    }

    /// <summary>One rule: its texts, options and severity chain. Throws <see cref="UsageException"/> for an unknown ID.</summary>
    public RuleExplanation Explain(string id, string? forFile = null)
    {
        var entry = List(forFile).FirstOrDefault(e => string.Equals(e.Descriptor.Id, id, StringComparison.OrdinalIgnoreCase))
            ?? throw new UsageException($"No loaded rule has the ID '{id}'{Suggest.Nearest(id, rules.DescriptorsById.Keys)}; 'b2brules rules list' shows them all.");
        var settings = configuration.ForFile(forFile is null ? null : Path.GetFullPath(forFile));
        var descriptor = entry.Descriptor;
        var definedAt = entry.Component.Rules.OfType<DeclarativeRule>().FirstOrDefault(r => r.Descriptor == descriptor)?.DefinedAt;
        var defaultLevel = descriptor.IsEnabledByDefault ? RuleLevels.From(descriptor.DefaultSeverity) : RuleLevel.Off;
        var chain = new List<SeverityStep> { new(defaultLevel, $"default of the rule ({entry.Component.Origin})", definedAt) };
        chain.AddRange(settings.Chain(descriptor.Id).Where(s => s.Level is not null).Select(s => new SeverityStep(s.Level!.Value, s.Origin, s.Where)));
        var ownerDescriptors = entry.Component.Rules.FirstOrDefault(r => r.SupportedRules.Contains(descriptor))?.SupportedRules ?? [descriptor];
        var options = settings.OptionsFor(ownerDescriptors);
        var optionList = options.Names.Order(StringComparer.Ordinal)
            .Select(name => options.TryGetValue(name, out var value) ? (name, value) : (name, new OptionValue(null)))
            .ToList();
        return new RuleExplanation(entry, definedAt, chain, optionList, forFile);
    }
}

/// <summary>A rule, where it comes from, and its effective level.</summary>
public sealed record RuleEntry(RuleDescriptor Descriptor, RuleComponent Component, RuleLevel Level);

/// <summary>One place that set a rule's level, in the order applied.</summary>
public sealed record SeverityStep(RuleLevel Level, string Origin, Location? Where);

/// <summary>What <c>rules explain</c> shows.</summary>
public sealed record RuleExplanation(
    RuleEntry Entry,
    Location? DefinedAt,
    IReadOnlyList<SeverityStep> Chain,
    IReadOnlyList<(string Name, OptionValue Value)> Options,
    string? ForFile);
