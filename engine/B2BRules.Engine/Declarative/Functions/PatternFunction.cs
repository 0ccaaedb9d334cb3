using System.Text.RegularExpressions;
using B2BRules.Sdk;

namespace B2BRules.Engine.Declarative.Functions;

/// <summary>
/// <c>pattern</c> / <c>notPattern</c>: the cell matches (or does not match) a regular expression. Patterns run on .NET's
/// non-backtracking engine, which cannot go catastrophic; a pattern that needs backtracking (backreferences,
/// lookarounds) runs with a match timeout instead, and a timeout quarantines the rule (B2B9008).
/// </summary>
internal sealed class PatternFunction(string field, Location where, Regex regex, bool negate) : CellCondition(field, where)
{
    public Regex Regex { get; } = regex;

    protected override bool Test(string value, ConditionState state) => Regex.IsMatch(value) != negate;

    /// <summary>Compiles a policy pattern: non-backtracking when it can be, else backtracking with a timeout.</summary>
    public static Regex Compile(string pattern, TimeSpan timeout)
    {
        const RegexOptions options = RegexOptions.CultureInvariant;
        try
        {
            return new Regex(pattern, options | RegexOptions.NonBacktracking, timeout);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, options, timeout);
        }
    }
}
