namespace B2BRules.Sdk.Adapters;

/// <summary>One invitee row with its cells, its findings and the decision they lead to.</summary>
/// <param name="RecordNumber">1-based invitee row.</param>
/// <param name="LineNumber">The physical line where the record starts.</param>
/// <param name="Cells">The row's values by canonical column key (email, displayName, redirectUrl, sendEmail, message, …).</param>
/// <param name="Decision">Send, hold or skip.</param>
/// <param name="Findings">The findings on this row (suppressed ones left out).</param>
public sealed record PlannedRow(
    int RecordNumber,
    int LineNumber,
    IReadOnlyDictionary<string, string> Cells,
    RowDecision Decision,
    IReadOnlyList<Diagnostic> Findings)
{
    /// <summary>A cell by canonical key, or an empty string.</summary>
    /// <param name="columnKey">The key.</param>
    /// <returns>The value.</returns>
    public string Cell(string columnKey) => Cells.TryGetValue(columnKey, out var value) ? value : string.Empty;

    /// <summary>The invitee's email, trimmed.</summary>
    public string Email => Cell(ColumnKeys.Email).Trim();
}
