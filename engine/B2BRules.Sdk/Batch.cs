namespace B2BRules.Sdk;

/// <summary>One CSV batch of invitations: its file, format, columns and the policy in force for it.</summary>
public sealed class Batch
{
    private readonly Dictionary<string, int> _indexByName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a batch description.</summary>
    /// <param name="filePath">The path as given on the command line (or a display name).</param>
    /// <param name="format">The recognised format.</param>
    /// <param name="columns">The header's columns, in order.</param>
    /// <param name="policy">The tenant policy in force for this file.</param>
    /// <param name="location">The header line.</param>
    public Batch(string filePath, BatchFormat format, IReadOnlyList<BatchColumn> columns, Policy policy, Location location)
    {
        ArgumentNullException.ThrowIfNull(columns);
        FilePath = filePath;
        Format = format;
        Columns = columns;
        Policy = policy;
        Location = location;
        foreach (var column in columns)
        {
            _indexByName.TryAdd(column.Key, column.Index);
            foreach (var alias in column.Aliases)
            {
                _indexByName.TryAdd(alias, column.Index);
            }
        }
    }

    /// <summary>The path as given.</summary>
    public string FilePath { get; }

    /// <summary>The recognised format.</summary>
    public BatchFormat Format { get; }

    /// <summary>The header's columns, in order.</summary>
    public IReadOnlyList<BatchColumn> Columns { get; }

    /// <summary>The tenant policy in force for this file.</summary>
    public Policy Policy { get; }

    /// <summary>The header line (for batch-scoped findings).</summary>
    public Location Location { get; }

    /// <summary>The zero-based index of a column, by key, bracket name or header; -1 when the batch lacks it.</summary>
    /// <param name="columnKey">A column key (<see cref="ColumnKeys"/>), case-insensitive.</param>
    /// <returns>The index, or -1.</returns>
    public int IndexOf(string columnKey) => _indexByName.TryGetValue(columnKey.Trim(), out var index) ? index : -1;

    /// <summary>Whether the batch has a column.</summary>
    /// <param name="columnKey">A column key, case-insensitive.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool HasColumn(string columnKey) => IndexOf(columnKey) >= 0;

    /// <summary>The key under which a column is reported, or the name as given when the batch lacks it.</summary>
    /// <param name="columnKey">A column key, case-insensitive.</param>
    /// <returns>The canonical key.</returns>
    public string KeyOf(string columnKey)
    {
        var index = IndexOf(columnKey);
        return index >= 0 ? Columns[index].Key : columnKey;
    }
}
