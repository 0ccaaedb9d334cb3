using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace B2BRules.Engine.Sarif;

/// <summary>
/// GitHub's <c>partialFingerprints.primaryLocationLineHash</c>, computed exactly as upload-sarif does
/// (codeql-action <c>src/fingerprints.ts</c>): a rolling hash over the next 100 non-blank characters from each line's
/// start. Streamed with a 100-character window, so a large batch is never held in memory. The BOM is hashed.
/// </summary>
public static class LineHash
{
    private const int BlockSize = 100;
    private const ulong Mod = 37;
    private static readonly ulong FirstMod = ComputeFirstMod();

    /// <summary>The hash of every line of a file.</summary>
    public static Table Read(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
        return Read(reader);
    }

    /// <summary>The hash of every line of a text.</summary>
    public static Table Read(TextReader text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var table = new Table();
        var buffer = new char[4096];
        int read;
        while ((read = text.Read(buffer, 0, buffer.Length)) > 0)
        {
            table.Append(buffer.AsSpan(0, read));
        }

        return table.Finish();
    }

    /// <summary>
    /// The hash of every line of a text fed in pieces, kept as numbers (8 bytes a line, in blocks that are never copied;
    /// formatted only when written), so that a batch's findings can ask for their lines once the rules are done.
    /// </summary>
    public sealed class Table
    {
        private const int BlockBits = 12;
        private readonly Hasher _hasher;
        private readonly List<ulong[]> _blocks = [];

        /// <summary>Occurrence counts other than 1 (lines repeating an earlier line), by line: few in a batch.</summary>
        private readonly Dictionary<int, int> _repeats = [];
        private bool _finished;

        public Table() => _hasher = new Hasher(Add);

        /// <summary>How many lines the text has (known once <see cref="Finish"/> was called).</summary>
        public int LineCount { get; private set; }

        /// <summary>Feeds the next piece of the text.</summary>
        public void Append(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                _hasher.Process(c);
            }
        }

        /// <summary>Ends the text: the last lines' hashes are only known at its end.</summary>
        public Table Finish()
        {
            if (!_finished)
            {
                _hasher.Finish();
                CountRepeats();
                _finished = true;
            }

            return this;
        }

        /// <summary>
        /// The hash of a 1-based line, unformatted (<see cref="Format"/>): the rolling hash and how many lines had it up to
        /// this one; null past the end.
        /// </summary>
        public (ulong Hash, int Count)? ValueOf(int line)
        {
            if (line < 1 || line > LineCount)
            {
                return null;
            }

            return (HashOf(line), _repeats.GetValueOrDefault(line, 1));
        }

        private ulong HashOf(int line) => _blocks[(line - 1) >> BlockBits][(line - 1) & ((1 << BlockBits) - 1)];

        private void Add(int line, ulong hash)
        {
            System.Diagnostics.Debug.Assert(line == LineCount + 1, "the hasher gives every line, in order");
            var index = line - 1;
            if ((index >> BlockBits) == _blocks.Count)
            {
                _blocks.Add(new ulong[1 << BlockBits]);
            }

            _blocks[index >> BlockBits][index & ((1 << BlockBits) - 1)] = hash;
            LineCount = line;
        }

        /// <summary>
        /// GitHub numbers lines with the same hash: the n-th gets ":n". Counting every line in a dictionary costs a
        /// million-line batch some 40 MB, plus the garbage of the dictionary's growth; instead the hashes are sorted
        /// once (8 bytes a line, dropped at once) to find those that repeat, and only those are counted, in line order.
        /// </summary>
        private void CountRepeats()
        {
            var sorted = new ulong[LineCount];
            for (var line = 1; line <= LineCount; line++)
            {
                sorted[line - 1] = HashOf(line);
            }

            Array.Sort(sorted);
            Dictionary<ulong, int>? counts = null; // the repeating hashes only, each counted as the lines are walked
            for (var i = 1; i < sorted.Length; i++)
            {
                if (sorted[i] == sorted[i - 1])
                {
                    (counts ??= [])[sorted[i]] = 0;
                }
            }

            if (counts is null)
            {
                return;
            }

            for (var line = 1; line <= LineCount; line++)
            {
                ref var count = ref CollectionsMarshal.GetValueRefOrNullRef(counts, HashOf(line));
                if (!Unsafe.IsNullRef(ref count) && ++count != 1)
                {
                    _repeats[line] = count;
                }
            }
        }
    }

    private static ulong ComputeFirstMod()
    {
        ulong firstMod = 1;
        for (var i = 0; i < BlockSize; i++)
        {
            firstMod *= Mod;
        }

        return firstMod;
    }

    /// <summary>GitHub's text form of a line hash: the rolling hash in hex, a colon, the occurrence count.</summary>
    public static string Format((ulong Hash, int Count) value)
    {
        Span<char> text = stackalloc char[MaxFormattedLength];
        return new string(text[..Format(value, text)]);
    }

    /// <summary>Longest formatted line hash: 16 hex digits, a colon, and a count.</summary>
    public const int MaxFormattedLength = 16 + 1 + 10;

    /// <summary>Writes GitHub's text form of a line hash into <paramref name="destination"/>; returns how many characters.</summary>
    public static int Format((ulong Hash, int Count) value, Span<char> destination) =>
        destination.TryWrite(CultureInfo.InvariantCulture, $"{value.Hash:x}:{value.Count}", out var written)
            ? written
            : throw new ArgumentException("Too short.", nameof(destination));

    /// <param name="output">Receives each line's rolling hash, in line order (the table counts repeats).</param>
    private sealed class Hasher(Action<int, ulong> output)
    {
        private readonly int[] _window = new int[BlockSize];
        private readonly int[] _lineNumbers = Enumerable.Repeat(-1, BlockSize).ToArray();
        private ulong _hash;
        private int _index;
        private int _lineNumber;
        private bool _lineStart = true;
        private bool _previousCr;

        public void Process(int current)
        {
            if (current == ' ' || current == '\t' || (_previousCr && current == '\n'))
            {
                _previousCr = false;
                return;
            }

            if (current == '\r')
            {
                current = '\n';
                _previousCr = true;
            }
            else
            {
                _previousCr = false;
            }

            if (_lineNumbers[_index] != -1)
            {
                Output();
            }

            if (_lineStart)
            {
                _lineStart = false;
                _lineNumber++;
                _lineNumbers[_index] = _lineNumber;
            }

            if (current == '\n')
            {
                _lineStart = true;
            }

            Update(current);
        }

        public void Finish()
        {
            Process(65535);
            for (var i = 0; i < BlockSize; i++)
            {
                if (_lineNumbers[_index] != -1)
                {
                    Output();
                }

                Update(0);
            }
        }

        private void Update(int current)
        {
            var begin = _window[_index];
            _window[_index] = current;
            _hash = (Mod * _hash) + (ulong)current - (FirstMod * (ulong)begin);
            _index = (_index + 1) % BlockSize;
        }

        private void Output()
        {
            output(_lineNumbers[_index], _hash);

            _lineNumbers[_index] = -1;
        }
    }
}
