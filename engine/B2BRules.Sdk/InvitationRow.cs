namespace B2BRules.Sdk;

/// <summary>One invitee record of a batch, with the physical place of every cell.</summary>
public sealed class InvitationRow
{
    private readonly IReadOnlyList<string> _cells;
    private readonly IReadOnlyList<CellSpan> _spans;

    /// <summary>Creates a row.</summary>
    /// <param name="batch">The batch it belongs to.</param>
    /// <param name="recordNumber">1-based invitee row: the first data row is 1.</param>
    /// <param name="cells">The cells' values (unquoted).</param>
    /// <param name="spans">The cells' raw places, one per cell.</param>
    public InvitationRow(Batch batch, int recordNumber, IReadOnlyList<string> cells, IReadOnlyList<CellSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(spans);
        if (cells.Count != spans.Count || cells.Count == 0)
        {
            throw new ArgumentException("Every cell needs exactly one span, and a row at least one cell.", nameof(spans));
        }

        Batch = batch;
        RecordNumber = recordNumber;
        _cells = cells;
        _spans = spans;
    }

    /// <summary>The batch the row belongs to.</summary>
    public Batch Batch { get; }

    /// <summary>1-based invitee row: the first data row is 1.</summary>
    public int RecordNumber { get; }

    /// <summary>The physical line where the record starts.</summary>
    public int LineNumber => _spans[0].StartLine;

    /// <summary>How many cells the record has.</summary>
    public int CellCount => _cells.Count;

    /// <summary>The invitee's email, or an empty string when the batch has no such column.</summary>
    public string Email => this[ColumnKeys.Email] ?? string.Empty;

    /// <summary>The display name, or <see langword="null"/> when the batch has no such column.</summary>
    public string? DisplayName => this[ColumnKeys.DisplayName];

    /// <summary>The redirect URL, or <see langword="null"/> when the batch has no such column.</summary>
    public string? RedirectUrl => this[ColumnKeys.RedirectUrl];

    /// <summary>
    /// The sendEmail cell read as a boolean (trimmed, any case); <see langword="null"/> when the column is missing,
    /// empty or not true/false.
    /// </summary>
    public bool? SendEmail => bool.TryParse(this[ColumnKeys.SendEmail]?.Trim(), out var value) ? value : null;

    /// <summary>The customised invitation message, or <see langword="null"/> when the batch has no such column.</summary>
    public string? Message => this[ColumnKeys.Message];

    /// <summary>The whole record.</summary>
    public Location Location =>
        new(Batch.FilePath, _spans[0].StartLine, _spans[0].StartColumn, _spans[^1].EndLine, _spans[^1].EndColumn, null, RecordNumber);

    /// <summary>A cell's value by column key, bracket name or header (case-insensitive); <see langword="null"/> when absent.</summary>
    /// <param name="columnKey">The column.</param>
    public string? this[string columnKey]
    {
        get
        {
            var index = Batch.IndexOf(columnKey);
            return index >= 0 && index < _cells.Count ? _cells[index] : null;
        }
    }

    /// <summary>A cell's value by position.</summary>
    /// <param name="index">Zero-based column index.</param>
    /// <returns>The value.</returns>
    public string CellAt(int index) => _cells[index];

    /// <summary>A cell's raw place by position.</summary>
    /// <param name="index">Zero-based column index.</param>
    /// <returns>The span.</returns>
    public CellSpan SpanAt(int index) => _spans[index];

    /// <summary>The place of the cell at a position (its raw text, quotes included), keyed by its column.</summary>
    /// <param name="index">Zero-based column index.</param>
    /// <returns>The location.</returns>
    public Location LocationAt(int index) =>
        Location.FromSpan(Batch.FilePath, _spans[index], index < Batch.Columns.Count ? Batch.Columns[index].Key : null, RecordNumber);

    /// <summary>The place of one cell (its raw text, quotes included); the whole record when the column is absent.</summary>
    /// <param name="columnKey">The column.</param>
    /// <returns>The location.</returns>
    public Location LocationOf(string columnKey)
    {
        var index = Batch.IndexOf(columnKey);
        return index >= 0 && index < _cells.Count ? LocationAt(index) : Location;
    }
}
