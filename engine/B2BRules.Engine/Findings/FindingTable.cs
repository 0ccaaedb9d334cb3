using B2BRules.Sdk;
using B2BRules.Sdk.Fixes;

namespace B2BRules.Engine.Findings;

/// <summary>
/// A batch's findings as the run holds them until its reports are written. A million-row batch can hold 350,000 of
/// them, all at once: they are sorted, fingerprinted and matched before any is written. As objects — finding,
/// diagnostic, location, arguments, texts — each took about 330 bytes, and the collector copied them from generation
/// to generation while the rows were walked. Here each is a 72-byte record in blocks and its texts a UTF-8 record in
/// <see cref="FindingTexts"/>: arrays the collector never scans. A finding is made back into its objects when read;
/// one the records cannot carry exactly (an argument other than a string or an <see cref="int"/>, a message formatted
/// when it was made, a lone surrogate) is kept whole beside them. The texts' layout is in FindingTable.Texts.cs;
/// suppressions and baseline states, given once the findings are final, in FindingTable.Marks.cs.
/// </summary>
internal sealed partial class FindingTable
{
    private const int BlockShift = 12;
    private const int BlockMask = (1 << BlockShift) - 1;

    /// <summary>A record smaller than this is written on the stack before it is appended.</summary>
    private const int StackRecord = 512;

    private readonly List<Entry[]> _blocks = [];
    private readonly FindingTexts _texts = new();
    private readonly List<Finding> _whole = [];
    private readonly Names<RuleDescriptor> _rules = new(ReferenceEqualityComparer.Instance);
    private readonly Names<string> _names = new(StringComparer.Ordinal);

    /// <summary>An empty table, for one batch's findings.</summary>
    public FindingTable()
    {
    }

    public int Count { get; private set; }

    /// <summary>Adds a finding made on a row (or on none); its diagnostic carries the configured severity.</summary>
    public void Add(Diagnostic diagnostic, string? cellValue, string? email, IReadOnlyList<InvitationFix> fixes)
    {
        var location = diagnostic.Location;
        if ((Count & BlockMask) == 0)
        {
            _blocks.Add(new Entry[1 << BlockShift]);
        }

        ref var entry = ref EntryAt(Count++);
        entry = new Entry
        {
            StartLine = location.StartLine,
            StartColumn = location.StartColumn,
            EndLine = location.EndLine,
            EndColumn = location.EndColumn,
            RecordNumber = location.RecordNumber ?? 0,
            Rule = _rules.IndexOf(diagnostic.Descriptor),
            Severity = (byte)diagnostic.Severity,
            Shape = location.RecordNumber is null ? Shape.None : Shape.HasRecordNumber,
        };

        if (!TryWriteTexts(ref entry, diagnostic, cellValue, email, fixes))
        {
            _whole.Add(new Finding(diagnostic, cellValue, email) { Fixes = fixes });
            entry.Whole = _whole.Count;
        }
    }

    /// <summary>The finding at a position, made from its record as objects: a new one at every read, so callers read once.</summary>
    public Finding Read(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "No finding at that position.");
        }

        ref readonly var entry = ref EntryAt(index);
        var finding = WholeAt(entry) is { } whole
            ? whole with { FingerprintBits = entry.Fingerprint, LineHashValue = entry.LineHash, LineHashCount = entry.LineHashCount }
            : Read(entry);
        return WithMarks(index, finding);
    }

    /// <summary>The first line of a finding's place.</summary>
    public int StartLineAt(int index) => EntryAt(index).StartLine;

    /// <summary>The rule ID and column of a finding, read from its record.</summary>
    public (string RuleId, string? ColumnKey) RuleAndColumnAt(int index)
    {
        ref readonly var entry = ref EntryAt(index);
        return WholeAt(entry) is { } whole ? (whole.Diagnostic.Id, whole.Diagnostic.Location.ColumnKey)
            : (_rules[entry.Rule].Id, ColumnNamed(entry.ColumnKey));
    }

    /// <summary>The value of the cell a finding points at, when it points at one.</summary>
    public string? CellValueAt(int index)
    {
        ref readonly var entry = ref EntryAt(index);
        if (WholeAt(entry) is { } whole)
        {
            return whole.CellValue;
        }

        var texts = TextsOf(entry);
        return ReadEmailAndCell(ref texts).CellValue;
    }

    public void SetFingerprint(int index, HashKey fingerprint) => EntryAt(index).Fingerprint = fingerprint;

    public void SetLineHash(int index, (ulong Hash, int Count)? lineHash)
    {
        ref var entry = ref EntryAt(index);
        (entry.LineHash, entry.LineHashCount) = lineHash ?? default;
    }

    /// <summary>
    /// Compares two findings in report order (<see cref="ReportOrder.Comparer"/>): by place and rule from their
    /// records, by message only when those are equal.
    /// </summary>
    public int CompareInReportOrder(int x, int y)
    {
        ref readonly var a = ref EntryAt(x);
        ref readonly var b = ref EntryAt(y);
        var order = ReportOrder.ByPlaceAndRule(a.StartLine, a.StartColumn, _rules[a.Rule].Id, b.StartLine, b.StartColumn, _rules[b.Rule].Id);
        return order != 0 ? order : ReportOrder.Comparer.Compare(Read(x), Read(y));
    }

    /// <summary>Puts the findings in a new order, in place: position k gets the finding that was at <c>order[k]</c>.</summary>
    public void Reorder(int[] order)
    {
        if (order.Length != Count)
        {
            throw new ArgumentException("An order names every finding once.", nameof(order));
        }

        var placed = new bool[Count];
        for (var start = 0; start < Count; start++)
        {
            if (placed[start] || order[start] == start)
            {
                continue;
            }

            // Follow the cycle through start: each position takes the entry its order names, the last takes start's.
            var first = EntryAt(start);
            var k = start;
            for (var from = order[k]; from != start; k = from, from = order[k])
            {
                EntryAt(k) = EntryAt(from);
                placed[k] = true;
            }

            EntryAt(k) = first;
            placed[k] = true;
        }
    }

    /// <summary>Every finding in order, each made from its record as the enumeration reaches it.</summary>
    public IEnumerable<Finding> ReadAll()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return Read(i);
        }
    }

    private ref Entry EntryAt(int index) => ref _blocks[index >> BlockShift][index & BlockMask];

    private Finding? WholeAt(in Entry entry) => entry.Whole == 0 ? null : _whole[entry.Whole - 1];

    [Flags]
    private enum Shape : byte
    {
        None = 0,
        HasRecordNumber = 1,
        MessageIsFormat = 2,
    }

    /// <summary>One finding: its place, rule and severity, where its texts are, and what the runner adds to it.</summary>
    private struct Entry
    {
        public int StartLine;
        public int StartColumn;
        public int EndLine;
        public int EndColumn;
        public int RecordNumber;
        public int TextBlock;
        public int TextOffset;
        public int Whole; // 1-based index into _whole; 0 when the record carries the finding
        public ushort Rule;
        public ushort FilePath;
        public ushort ColumnKey; // 1-based index into _names; 0 for none
        public byte Severity;
        public Shape Shape;
        public HashKey Fingerprint;
        public ulong LineHash;
        public int LineHashCount;
    }

    /// <summary>The few distinct rules, paths and column keys a batch's findings name, numbered as they first appear.</summary>
    /// <remarks>Indexed by <see cref="int"/>, not by the <see cref="ushort"/> a record keeps: ReadyToRun code exists for
    /// the framework's dictionary over <see cref="int"/> values, but not over <see cref="ushort"/> (ten methods left to the JIT).</remarks>
    private sealed class Names<T>(IEqualityComparer<T> comparer)
        where T : class
    {
        private readonly List<T> _items = [];
        private readonly Dictionary<T, int> _indexes = new(comparer);

        public T this[int index] => _items[index];

        public bool TryIndexOf(T item, out ushort index)
        {
            if (_indexes.TryGetValue(item, out var known))
            {
                index = (ushort)known;
                return true;
            }

            index = (ushort)_items.Count;
            if (_items.Count > ushort.MaxValue)
            {
                return false;
            }

            _indexes.Add(item, _items.Count);
            _items.Add(item);
            return true;
        }

        /// <summary>The index of a rule; a batch's rules are far fewer than 65,536 (there is one descriptor per ID).</summary>
        public ushort IndexOf(T item) => TryIndexOf(item, out var index) ? index : throw new InvalidOperationException("Too many distinct rules in one batch.");
    }
}
