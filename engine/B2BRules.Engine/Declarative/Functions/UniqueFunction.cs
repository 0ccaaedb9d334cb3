using B2BRules.Sdk;

namespace B2BRules.Engine.Declarative.Functions;

/// <summary>
/// <c>unique: true</c>: no earlier row of the batch (that reached this check) has the same value, ignoring case.
/// Empty cells are not values: they never clash.
/// </summary>
internal sealed class UniqueFunction(string field, Location where) : CellCondition(field, where)
{
    protected override bool Test(string value, ConditionState state) => value.Length == 0 || state.SeenBy(this).Add(value);
}
