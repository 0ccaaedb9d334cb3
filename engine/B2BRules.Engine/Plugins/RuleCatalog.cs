using System.Collections.Immutable;
using B2BRules.Engine.Checks;
using B2BRules.Engine.Execution;
using B2BRules.Sdk;

namespace B2BRules.Engine.Plugins;

/// <summary>
/// Every rule of a run: the engine's checks and each plugin's rules, initialised once. A rule ID claimed twice keeps
/// its first owner (B2B9006); a rule whose Initialize throws is left out (B2B9001).
/// </summary>
public sealed class RuleCatalog
{
    internal RuleCatalog(ImmutableArray<RuleComponent> components, ImmutableArray<RegisteredRule> rules)
    {
        Components = components;
        Rules = rules;
        DescriptorsById = components.SelectMany(c => c.Descriptors)
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        Fixes = new Fixes.FixCatalog(components);
    }

    /// <summary>The fix providers of every component, by the rule IDs they fix.</summary>
    public Fixes.FixCatalog Fixes { get; }

    /// <summary>The engine first, then plugins in load order.</summary>
    public ImmutableArray<RuleComponent> Components { get; }

    /// <summary>Every declared descriptor by ID.</summary>
    public ImmutableDictionary<string, RuleDescriptor> DescriptorsById { get; }

    internal ImmutableArray<RegisteredRule> Rules { get; }

    /// <summary>Every adapter the loaded plugins supply, by name (case-insensitive; the first of a name wins).</summary>
    public ImmutableDictionary<string, Sdk.Adapters.InvitationAdapter> Adapters => Components.SelectMany(c => c.Adapters)
        .GroupBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
        .ToImmutableDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    public static RuleComponent EngineComponent { get; } = new(
        "b2brules",
        typeof(RuleCatalog).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
        ComponentKind.Engine,
        EngineChecks.CreateRules(),
        EngineChecks.Descriptors)
    {
        FixProviders = B2BRules.Engine.Fixes.EngineFixProviders.All,
    };

    /// <summary>Registers the engine's checks and the given plugin components.</summary>
    public static RuleCatalog Create(IEnumerable<RuleComponent> plugins, List<ToolNotification> notifications)
    {
        var components = new[] { EngineComponent }.Concat(plugins).ToImmutableArray();
        var owners = new Dictionary<string, RuleComponent>(StringComparer.OrdinalIgnoreCase);
        var registered = ImmutableArray.CreateBuilder<RegisteredRule>();
        var kept = ImmutableArray.CreateBuilder<RuleComponent>();
        foreach (var component in components)
        {
            var rules = new List<InvitationRule>();
            foreach (var rule in component.Rules)
            {
                var clash = rule.SupportedRules.FirstOrDefault(d => owners.ContainsKey(d.Id) && owners[d.Id] != component);
                if (clash is not null)
                {
                    notifications.Add(new ToolNotification(ToolNotifications.DuplicateRuleId,
                        $"Rule ID {clash.Id} is declared by {owners[clash.Id].Name} and again by {rule.GetType().Name} in {component.Name}; the second is not run.",
                        null, Severity.Error, NotificationKind.Configuration, clash.Id));
                    continue;
                }

                var registration = new RegisteredRule(rule, component);
                try
                {
                    using (ConsoleCapture.Attribute(registration.DisplayName))
                    {
                        rule.Initialize(registration);
                    }
                }
                catch (Exception e)
                {
                    notifications.Add(new ToolNotification(ToolNotifications.RuleThrew,
                        $"{registration.DisplayName} threw {e.GetType().Name} in Initialize: {e.Message}; it is not run.",
                        null, Severity.Error, NotificationKind.Execution, registration.SupportedIds.FirstOrDefault()));
                    continue;
                }

                foreach (var descriptor in rule.SupportedRules)
                {
                    owners.TryAdd(descriptor.Id, component);
                }

                rules.Add(rule);
                registered.Add(registration);
            }

            // The engine also owns the reader's structural checks, which are descriptors without a rule instance.
            kept.Add(component.IsEngine ? component : component with { Rules = [.. rules], Descriptors = PrimaryDescriptors(rules.SelectMany(r => r.SupportedRules)) });

        }

        return new RuleCatalog(kept.ToImmutable(), registered.ToImmutable());
    }

    /// <summary>
    /// One descriptor per rule ID, the first declared. As in Roslyn, a rule may declare several descriptors with one ID
    /// that differ only in their message (one per service profile, say); the first speaks for the rule in metadata.
    /// </summary>
    internal static ImmutableArray<RuleDescriptor> PrimaryDescriptors(IEnumerable<RuleDescriptor> declared) =>
        [.. declared.DistinctBy(d => d.Id, StringComparer.Ordinal)];
}
