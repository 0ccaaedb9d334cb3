namespace B2BRules.Sdk;

/// <summary>
/// A place in a batch file: 1-based lines and columns counted in UTF-16 code units, end column exclusive.
/// </summary>
/// <param name="FilePath">The file, as given.</param>
/// <param name="StartLine">First line.</param>
/// <param name="StartColumn">First column.</param>
/// <param name="EndLine">Last line.</param>
/// <param name="EndColumn">Column after the last character.</param>
/// <param name="ColumnKey">The CSV column, when the place is one cell.</param>
/// <param name="RecordNumber">The invitee row (1 = first data row), when the place is in a row.</param>
public sealed record Location(
    string FilePath,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn,
    string? ColumnKey = null,
    int? RecordNumber = null)
{
    /// <summary>A place made of a cell span.</summary>
    /// <param name="filePath">The file.</param>
    /// <param name="span">The span.</param>
    /// <param name="columnKey">The column, if any.</param>
    /// <param name="recordNumber">The record, if any.</param>
    /// <returns>The location.</returns>
    public static Location FromSpan(string filePath, CellSpan span, string? columnKey = null, int? recordNumber = null) =>
        new(filePath, span.StartLine, span.StartColumn, span.EndLine, span.EndColumn, columnKey, recordNumber);

    /// <summary>The whole first line of a file, for findings about a file that has no readable header.</summary>
    /// <param name="filePath">The file.</param>
    /// <returns>The location.</returns>
    public static Location FileStart(string filePath) => new(filePath, 1, 1, 1, 1);

    /// <inheritdoc/>
    public override string ToString() => $"{FilePath}({StartLine},{StartColumn})";
}
