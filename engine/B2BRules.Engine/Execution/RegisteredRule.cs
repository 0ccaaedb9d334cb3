using System.Collections.Immutable;
using B2BRules.Engine.Plugins;
using B2BRules.Sdk;

namespace B2BRules.Engine.Execution;

/// <summary>One rule instance with the actions its <see cref="InvitationRule.Initialize"/> registered, and where it came from.</summary>
internal sealed class RegisteredRule : RuleContext
{
    private readonly List<Action<RowContext>> _rowActions = [];
    private readonly List<Action<BatchStartContext>> _startActions = [];

    public RegisteredRule(InvitationRule rule, RuleComponent component)
    {
        Rule = rule;
        Component = component;
        Descriptors = rule.SupportedRules;
        SupportedIds = Descriptors.Select(d => d.Id).ToImmutableHashSet(StringComparer.Ordinal);
        DisplayName = rule is Declarative.DeclarativeRule declarative
            ? $"Rule {declarative.Descriptor.Id} in {component.Name}"
            : $"{rule.GetType().Name} ({string.Join(", ", SupportedIds.Order(StringComparer.Ordinal))}) in {component.Name}";
    }

    public InvitationRule Rule { get; }

    public RuleComponent Component { get; }

    public ImmutableArray<RuleDescriptor> Descriptors { get; }

    public ImmutableHashSet<string> SupportedIds { get; }

    public IReadOnlyList<Action<RowContext>> RowActions => _rowActions;

    public IReadOnlyList<Action<BatchStartContext>> StartActions => _startActions;

    /// <summary>"B2B0001ConsumerEmailDomain (B2B0001) in B2BRules.Plugins.ConsumerDomains", for messages.</summary>
    public string DisplayName { get; }

    public override void RegisterRowAction(Action<RowContext> action) => _rowActions.Add(action ?? throw new ArgumentNullException(nameof(action)));

    public override void RegisterBatchStartAction(Action<BatchStartContext> action) => _startActions.Add(action ?? throw new ArgumentNullException(nameof(action)));
}
