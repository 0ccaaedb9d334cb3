using B2BRules.Sdk;

namespace B2BRules.Engine.Declarative.Functions;

/// <summary><c>maxLength: N</c>: the trimmed cell has at most N characters.</summary>
internal sealed class MaxLengthFunction(string field, Location where, int maxLength) : CellCondition(field, where)
{
    protected override bool Test(string value, ConditionState state) => value.Length <= maxLength;
}
