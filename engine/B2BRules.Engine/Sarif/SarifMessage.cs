using B2BRules.Engine.Reporting;

namespace B2BRules.Engine.Sarif;

/// <summary>A finding's message as SARIF carries it (a full sentence, the first of which GitHub shows as the title).</summary>
internal static class SarifMessage
{
    public static string Text(string message) => RuleText.Sentence(message);
}
