using System.Buffers;
using B2BRules.Engine.Checks;
using B2BRules.Engine.Execution;
using B2BRules.Sdk;

namespace B2BRules.Engine.Sarif;

/// <summary>
/// SARIF <c>fixes</c> only where the fix is certain, as a cell replacement: a padded value (B2B0109) is the same value
/// trimmed. Other findings need a person's judgement.
/// </summary>
internal static class SarifFixes
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    public sealed record Fix(string Description, Location Region, string Text);

    public static Fix? For(Finding finding) =>
        finding.Diagnostic.Id == B2B0109PaddedValue.Rule.Id && finding.CellValue is { } cell
            ? new Fix("Remove the leading and trailing whitespace.", finding.Diagnostic.Location, CsvCell(cell.Trim()))
            : null;

    /// <summary>The cell as CSV writes it: quoted when it holds a comma, quote or line break.</summary>
    private static string CsvCell(string value) =>
        value.AsSpan().IndexOfAny(NeedsQuotes) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
