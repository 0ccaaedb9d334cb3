using B2BRules.Sdk;

namespace B2BRules.Engine.Declarative.Functions;

/// <summary><c>allOf: [...]</c>: every condition holds (evaluated in order, stopping at the first that does not).</summary>
internal sealed class AllOfCondition(string field, Location where, IReadOnlyList<Condition> conditions) : Condition(field, where)
{
    public override bool IsSatisfied(InvitationRow row, ConditionState state) => conditions.All(c => c.IsSatisfied(row, state));

    public override bool RequiresValueIn(string field) => conditions.Any(c => c.RequiresValueIn(field));
}

/// <summary><c>anyOf: [...]</c>: at least one condition holds (evaluated in order, stopping at the first that does).</summary>
internal sealed class AnyOfCondition(string field, Location where, IReadOnlyList<Condition> conditions) : Condition(field, where)
{
    public override bool IsSatisfied(InvitationRow row, ConditionState state) => conditions.Any(c => c.IsSatisfied(row, state));

    public override bool RequiresValueIn(string field) => conditions.Any(c => c.RequiresValueIn(field));
}

/// <summary><c>not: {...}</c>: the condition does not hold.</summary>
internal sealed class NotCondition(string field, Location where, Condition condition) : Condition(field, where)
{
    public override bool IsSatisfied(InvitationRow row, ConditionState state) => !condition.IsSatisfied(row, state);

    public override bool RequiresValueIn(string field) => condition.RequiresValueIn(field);
}
