using System.Collections.Frozen;
using B2BRules.Sdk;

namespace B2BRules.Engine.Declarative.Functions;

/// <summary><c>in</c> / <c>notIn</c>: the cell is (or is not) one of the listed values, ignoring case.</summary>
internal sealed class InFunction(string field, Location where, IEnumerable<string> values, bool negate) : CellCondition(field, where)
{
    private readonly FrozenSet<string> _values = values.Select(v => v.Trim()).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    protected override bool Test(string value, ConditionState state) => _values.Contains(value) != negate;
}
