using B2BRules.Sdk;

namespace B2BRules.Engine.Declarative.Functions;

/// <summary><c>required: true</c>: the cell is not empty (a missing column counts as empty).</summary>
internal sealed class RequiredFunction(string field, Location where) : CellCondition(field, where)
{
    public override bool RequiresValueIn(string field) => string.Equals(field, Field, StringComparison.OrdinalIgnoreCase);

    protected override bool Test(string value, ConditionState state) => value.Length > 0;
}
