using System.Collections;
using System.Runtime.CompilerServices;

namespace B2BRules.Engine.Findings;

/// <summary>
/// A batch's findings in report order, as reports read them: counted, and enumerated once from start to end. The
/// run keeps them as compact records (<see cref="FindingTable"/>) and makes each <see cref="Finding"/> as the enumeration
/// reaches it, so a report walks a million findings without holding them as objects; it offers no indexer, which would
/// make a new finding at every read. Suppressions and baselines add their marks with <see cref="Mark"/>. Hosts and
/// tests that build results of their own write <c>[.. findings]</c>.
/// </summary>
[CollectionBuilder(typeof(BatchFindings), nameof(Create))]
public sealed class BatchFindings : IEnumerable<Finding>
{
    private readonly FindingTable? _table;
    private readonly IReadOnlyList<Finding>? _list;

    internal BatchFindings(FindingTable table) => _table = table;

    private BatchFindings(IReadOnlyList<Finding> list) => _list = list;

    /// <summary>No findings.</summary>
    public static BatchFindings Empty { get; } = new(Array.Empty<Finding>());

    /// <summary>Whether the findings are a run's compact records (rather than objects made outside a run).</summary>
    internal bool HoldsRecords => _table is not null;

    /// <summary>How many findings there are.</summary>
    public int Count => _table?.Count ?? _list!.Count;

    /// <summary>Findings held as objects, in the order given (for results made outside a run).</summary>
    /// <param name="findings">The findings.</param>
    public static BatchFindings Create(ReadOnlySpan<Finding> findings) => findings.IsEmpty ? Empty : new(findings.ToArray());

    /// <summary>The findings, in order.</summary>
    public IEnumerator<Finding> GetEnumerator() => (_table?.ReadAll() ?? _list!).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// The findings with their suppression and baseline state as <paramref name="mark"/> gives them: it returns the
    /// finding it is given, or a copy differing only in <see cref="Finding.Suppression"/> and <see cref="Finding.Baseline"/>.
    /// Records stay records: only the marks are added beside them.
    /// </summary>
    internal BatchFindings Mark(Func<Finding, Finding> mark)
    {
        ArgumentNullException.ThrowIfNull(mark);
        return _table is not null ? new BatchFindings(_table.Marked(mark)) : new BatchFindings([.. _list!.Select(mark)]);
    }
}
