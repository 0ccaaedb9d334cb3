using B2BRules.Sdk;

namespace B2BRules.Engine.Declarative;

/// <summary>
/// One node of a declarative rule's <c>when</c> or <c>then</c>: a function over one cell, or a combinator. Data only:
/// a closed set of functions, no expression language, nothing that runs code from the policy file.
/// </summary>
internal abstract class Condition(string field, Location where)
{
    /// <summary>The column the node looks at (a column key, <see cref="Sdk.ColumnKeys"/>).</summary>
    public string Field { get; } = field;

    /// <summary>Where the node was written.</summary>
    public Location Where { get; } = where;

    public abstract bool IsSatisfied(InvitationRow row, ConditionState state);

    /// <summary>Whether the condition demands a value in this field (<c>required</c>, alone or inside combinators).</summary>
    public abstract bool RequiresValueIn(string field);
}

/// <summary>
/// A function over one cell, compared trimmed. An empty cell or a missing column is the empty string: it is in no list,
/// in no domain, and matches a pattern only if the pattern matches "" — plain logic, so <c>not</c> and <c>when</c> read
/// as written. (A rule skips rows whose own field is empty unless its <c>then</c> requires a value: see DeclarativeRule.)
/// </summary>
internal abstract class CellCondition(string field, Location where) : Condition(field, where)
{
    public sealed override bool IsSatisfied(InvitationRow row, ConditionState state) => Test(row[Field]?.Trim() ?? string.Empty, state);

    public override bool RequiresValueIn(string field) => false;

    protected abstract bool Test(string value, ConditionState state);
}

/// <summary>What conditions remember within one batch (values seen by <c>unique</c>).</summary>
internal sealed class ConditionState
{
    private readonly Dictionary<Condition, HashSet<string>> _seen = [];

    public HashSet<string> SeenBy(Condition condition)
    {
        if (!_seen.TryGetValue(condition, out var seen))
        {
            _seen[condition] = seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        }

        return seen;
    }
}
