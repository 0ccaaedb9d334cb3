using System.Text;
using B2BRules.Engine.Execution;
using B2BRules.Engine.Input;
using B2BRules.Sdk;
using B2BRules.Sdk.Fixes;

namespace B2BRules.Engine.Fixes;

/// <summary>
/// The fixes for a batch's findings, applied to its text: the fix providers are asked with the batch's rows (so a
/// provider can compare a row with an earlier one), and the cell replacements and row deletions are made bottom-up on
/// the text, so every record no fix touches stays byte for byte as it was. Shared by <c>b2brules fix</c> and the
/// Testing package's fix verifier, so a plugin's tests apply its fixes exactly as the tool does.
/// </summary>
internal static class BatchFixer
{
    /// <summary>What fixing a batch's text gave.</summary>
    /// <param name="Text">The text with every in-place edit made (a split is left to the caller).</param>
    /// <param name="Applied">Each fix offered, with its finding.</param>
    /// <param name="Failures">Fix providers that threw.</param>
    public sealed record Result(string Text, IReadOnlyList<(Diagnostic Finding, InvitationFix Fix)> Applied, IReadOnlyList<ToolNotification> Failures);

    public static Result Fix(string text, string name, IEnumerable<Diagnostic> findings, FixCatalog fixes, Policy policy)
    {
        var rows = ReadRows(text, name, policy);
        var applied = new List<(Diagnostic, InvitationFix)>();
        var failures = new List<ToolNotification>();
        foreach (var finding in findings)
        {
            var row = finding.Location.RecordNumber is { } record ? rows.GetValueOrDefault(record) : null;
            foreach (var fix in fixes.ForFix(finding, row, rows, policy, failures.Add))
            {
                applied.Add((finding, fix));
            }
        }

        return new Result(TextEdits.Apply(text, [.. applied.SelectMany(a => a.Item2.Edits)]), applied, failures);
    }

    private static Dictionary<int, InvitationRow> ReadRows(string text, string name, Policy policy)
    {
        using var reader = new CsvBatchReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), name, _ => { });
        return reader.ReadHeader(policy) is null ? [] : reader.ReadRows().ToDictionary(r => r.RecordNumber);
    }
}
