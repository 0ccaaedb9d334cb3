using System.Collections;
using B2BRules.Sdk;
using B2BRules.Sdk.Fixes;

namespace B2BRules.Engine.Execution;

/// <summary>
/// A batch's findings as the run holds them until its reports are written. A million-row batch can hold 350,000 of
/// them, all at once: they are sorted, fingerprinted and matched before any is written. As objects — finding,
/// diagnostic, location, arguments, texts — each took about 330 bytes, and the collector copied them from generation
/// to generation while the rows were walked. Here each is a 72-byte record in blocks and its texts a UTF-8 record in
/// <see cref="FindingTexts"/>: arrays the collector never scans. A finding is made back into its objects when read;
/// one the records cannot carry exactly (an argument other than a string or an <see cref="int"/>, a message formatted
/// when it was made, a lone surrogate) is kept as it was, and fixes are kept beside the record.
/// </summary>
internal sealed class FindingTable : IReadOnlyList<Finding>
{
    private const int BlockShift = 12;
    private const int BlockMask = (1 << BlockShift) - 1;

    /// <summary>A record smaller than this is written on the stack before it is appended.</summary>
    private const int StackRecord = 512;

    private readonly List<Entry[]> _blocks = [];
    private readonly FindingTexts _texts = new();
    private readonly List<Kept> _kept = [];
    private readonly Names<RuleDescriptor> _rules = new(ReferenceEqualityComparer.Instance);
    private readonly Names<string> _names = new(StringComparer.Ordinal);

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

        if (!TryWriteTexts(ref entry, diagnostic, cellValue, email))
        {
            entry.Kept = Keep(new Kept(new Finding(diagnostic, cellValue, email) { Fixes = fixes }, fixes));
        }
        else if (fixes.Count > 0)
        {
            entry.Kept = Keep(new Kept(null, fixes));
        }
    }

    /// <summary>The finding at a position, made again as objects (a new one at every read).</summary>
    public Finding this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            ref readonly var entry = ref EntryAt(index);
            var kept = entry.Kept == 0 ? default : _kept[entry.Kept - 1];
            if (kept.Whole is { } whole)
            {
                return whole with { FingerprintBits = entry.Fingerprint, LineHashValue = entry.LineHash, LineHashCount = entry.LineHashCount };
            }

            var texts = new FindingTexts.Reader(_texts.At(entry.TextBlock, entry.TextOffset));
            var email = texts.ReadString();
            var cellValue = texts.ReadByte() switch { CellIsEmail => email, _ => texts.ReadString() };
            var arguments = new object?[texts.ReadByte()];
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = texts.ReadByte() switch
                {
                    ArgumentIsEmail => email,
                    ArgumentIsCell => cellValue,
                    ArgumentIsInt => texts.ReadInt(),
                    ArgumentIsString => texts.ReadString(),
                    _ => null,
                };
            }

            var rule = _rules[entry.Rule];
            var location = new Location(
                _names[entry.FilePath], entry.StartLine, entry.StartColumn, entry.EndLine, entry.EndColumn,
                entry.ColumnKey == 0 ? null : _names[entry.ColumnKey - 1], (entry.Shape & Shape.HasRecordNumber) != 0 ? entry.RecordNumber : null);
            var message = (entry.Shape & Shape.MessageIsFormat) != 0 ? rule.MessageFormat : null;
            var diagnostic = Diagnostic.FromParts(rule, location, message, (Severity)entry.Severity, arguments);
            return new Finding(diagnostic, cellValue, email)
            {
                FingerprintBits = entry.Fingerprint, LineHashValue = entry.LineHash, LineHashCount = entry.LineHashCount, Fixes = kept.Fixes ?? [],
            };
        }
    }

    /// <summary>The first line of a finding's place.</summary>
    public int StartLineAt(int index) => EntryAt(index).StartLine;

    /// <summary>The rule ID and column of a finding, read from its record.</summary>
    public (string RuleId, string? ColumnKey) RuleAndColumnAt(int index)
    {
        ref readonly var entry = ref EntryAt(index);
        return entry.Kept != 0 && _kept[entry.Kept - 1].Whole is { } whole ? (whole.Diagnostic.Id, whole.Diagnostic.Location.ColumnKey)
            : (_rules[entry.Rule].Id, entry.ColumnKey == 0 ? null : _names[entry.ColumnKey - 1]);
    }

    /// <summary>The value of the cell a finding points at, when it points at one.</summary>
    public string? CellValueAt(int index)
    {
        ref readonly var entry = ref EntryAt(index);
        if (entry.Kept != 0 && _kept[entry.Kept - 1].Whole is { } whole)
        {
            return whole.CellValue;
        }

        var texts = new FindingTexts.Reader(_texts.At(entry.TextBlock, entry.TextOffset));
        var email = texts.ReadString();
        return texts.ReadByte() == CellIsEmail ? email : texts.ReadString();
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
        var order = a.StartLine.CompareTo(b.StartLine);
        order = order != 0 ? order : a.StartColumn.CompareTo(b.StartColumn);
        order = order != 0 ? order : string.CompareOrdinal(_rules[a.Rule].Id, _rules[b.Rule].Id);
        return order != 0 ? order : ReportOrder.Comparer.Compare(this[x], this[y]);
    }

    /// <summary>Puts the findings in a new order, in place: position k gets the finding that was at <c>order[k]</c>.</summary>
    public void Reorder(int[] order)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(order.Length, Count);
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

    public IEnumerator<Finding> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private ref Entry EntryAt(int index) => ref _blocks[index >> BlockShift][index & BlockMask];

    private int Keep(Kept kept)
    {
        _kept.Add(kept);
        return _kept.Count;
    }

    /// <summary>Writes the texts of a finding and the names its location uses; false when they cannot be carried exactly.</summary>
    private bool TryWriteTexts(ref Entry entry, Diagnostic diagnostic, string? cellValue, string? email)
    {
        var rule = diagnostic.Descriptor;
        var arguments = diagnostic.ArgumentArray;
        if (diagnostic.FormattedMessage is { } formatted)
        {
            // Made without arguments, a diagnostic's message is its rule's format; any other was formatted at once.
            if (arguments.Length > 0 || !ReferenceEquals(formatted, rule.MessageFormat))
            {
                return false;
            }

            entry.Shape |= Shape.MessageIsFormat;
        }

        if (arguments.Length > byte.MaxValue || !_names.TryIndexOf(diagnostic.Location.FilePath, out entry.FilePath))
        {
            return false;
        }

        if (diagnostic.Location.ColumnKey is { } columnKey)
        {
            if (!_names.TryIndexOf(columnKey, out var column) || column == ushort.MaxValue)
            {
                return false;
            }

            entry.ColumnKey = (ushort)(column + 1);
        }

        var maxBytes = FindingTexts.Writer.MaxBytes(email) + FindingTexts.Writer.MaxBytes(cellValue) + 2;
        foreach (var argument in arguments)
        {
            maxBytes += 1 + (argument is string text ? FindingTexts.Writer.MaxBytes(text) : sizeof(int));
        }

        using var scratch = new FindingTexts.Scratch(maxBytes, stackalloc byte[StackRecord]);
        var writer = new FindingTexts.Writer(scratch.Buffer);
        if (!writer.WriteString(email))
        {
            return false;
        }

        var cellIsEmail = cellValue is not null && string.Equals(cellValue, email, StringComparison.Ordinal);
        writer.WriteByte(cellIsEmail ? CellIsEmail : CellFollows);
        if (!cellIsEmail && !writer.WriteString(cellValue))
        {
            return false;
        }

        writer.WriteByte((byte)arguments.Length);
        foreach (var argument in arguments)
        {
            switch (argument)
            {
                case null:
                    writer.WriteByte(ArgumentIsNull);
                    break;
                case string text when string.Equals(text, email, StringComparison.Ordinal):
                    writer.WriteByte(ArgumentIsEmail);
                    break;
                case string text when string.Equals(text, cellValue, StringComparison.Ordinal):
                    writer.WriteByte(ArgumentIsCell);
                    break;
                case string text:
                    writer.WriteByte(ArgumentIsString);
                    if (!writer.WriteString(text))
                    {
                        return false;
                    }

                    break;
                case int number:
                    writer.WriteByte(ArgumentIsInt);
                    writer.WriteInt(number);
                    break;
                default:
                    return false;
            }
        }

        (entry.TextBlock, entry.TextOffset) = _texts.Append(writer.Written);
        return true;
    }

    private const byte CellFollows = 0;
    private const byte CellIsEmail = 1;
    private const byte ArgumentIsNull = 0;
    private const byte ArgumentIsEmail = 1;
    private const byte ArgumentIsCell = 2;
    private const byte ArgumentIsString = 3;
    private const byte ArgumentIsInt = 4;

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
        public int Kept; // 1-based index into _kept; 0 when nothing is kept beside the record
        public ushort Rule;
        public ushort FilePath;
        public ushort ColumnKey; // 1-based index into _names; 0 for none
        public byte Severity;
        public Shape Shape;
        public HashKey Fingerprint;
        public ulong LineHash;
        public int LineHashCount;
    }

    /// <summary>What a record cannot carry: the finding itself, or its fixes.</summary>
    private readonly record struct Kept(Finding? Whole, IReadOnlyList<InvitationFix>? Fixes);

    /// <summary>The few distinct rules, paths and column keys a batch's findings name, numbered as they first appear.</summary>
    private sealed class Names<T>(IEqualityComparer<T> comparer)
        where T : class
    {
        private readonly List<T> _items = [];
        private readonly Dictionary<T, ushort> _indexes = new(comparer);

        public T this[int index] => _items[index];

        public bool TryIndexOf(T item, out ushort index)
        {
            if (_indexes.TryGetValue(item, out index))
            {
                return true;
            }

            if (_items.Count > ushort.MaxValue)
            {
                return false;
            }

            index = (ushort)_items.Count;
            _items.Add(item);
            _indexes.Add(item, index);
            return true;
        }

        /// <summary>The index of a rule; a batch's rules are far fewer than 65,536 (there is one descriptor per ID).</summary>
        public ushort IndexOf(T item) => TryIndexOf(item, out var index) ? index : throw new InvalidOperationException("Too many distinct rules in one batch.");
    }
}
