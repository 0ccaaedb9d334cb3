using System.Collections.Immutable;
using B2BRules.Sdk;

namespace B2BRules.Engine.Declarative;

/// <summary>
/// A rule defined in rules.yaml: for each row where <c>when</c> holds, report the <c>field</c> cell when it does not
/// satisfy <c>then</c>. A row whose field is empty is left alone unless <c>then</c> requires a value there, so a
/// "must match" rule does not repeat what <c>required</c> (or B2B0105 for emails) says. It goes through the same SDK
/// contract, runner and reports as a compiled rule.
/// </summary>
internal sealed class DeclarativeRule(RuleDescriptor descriptor, string field, Condition? when, Condition then, MessageTemplate message, Location definedAt)
    : InvitationRule
{
    public RuleDescriptor Descriptor { get; } = descriptor;

    /// <summary>Where the rule was defined (rules file, line, column).</summary>
    public Location DefinedAt { get; } = definedAt;

    public string Field { get; } = field;

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Descriptor];

    private readonly bool _checksEmptyCells = then.RequiresValueIn(field);

    public override void Initialize(RuleContext context) => context.RegisterBatchStartAction(start =>
    {
        var state = new ConditionState();
        start.RegisterRowAction(row =>
        {
            if (!_checksEmptyCells && string.IsNullOrWhiteSpace(row.Row[Field]))
            {
                return;
            }

            if ((when is null || when.IsSatisfied(row.Row, state)) && !then.IsSatisfied(row.Row, state))
            {
                row.Report(Diagnostic.Create(Descriptor, row.Row.LocationOf(Field), message.Arguments(row.Row)));
            }
        });
    });
}
