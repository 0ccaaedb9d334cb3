using System.Globalization;
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

    /// <summary>The hash of every line of a file, by 1-based line number (only the wanted lines are kept).</summary>
    public static Dictionary<int, string> Compute(string path, IReadOnlySet<int>? wanted = null)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
        return Compute(reader, wanted);
    }

    /// <summary>The hash of every line of a text, by 1-based line number (only the wanted lines are kept).</summary>
    public static Dictionary<int, string> Compute(TextReader text, IReadOnlySet<int>? wanted = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hashes = new Dictionary<int, string>();
        var hasher = new Hasher(line => wanted is null || wanted.Contains(line), (line, hash, count) => hashes[line] = Format((hash, count)));
        var buffer = new char[4096];
        int read;
        while ((read = text.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                hasher.Process(buffer[i]);
            }
        }

        hasher.Finish();
        return hashes;
    }

    /// <summary>
    /// Reads a file's line hashes on demand, for lines asked in ascending order (as a batch's results are sorted): only
    /// the hashes not yet asked for within the current block are held, however many lines the file has.
    /// </summary>
    public sealed class Reader(Stream stream, bool leaveOpen = false) : IDisposable
    {
        private readonly Queue<(int Line, ulong Hash, int Count)> _ready = new();
        private readonly char[] _buffer = new char[4096];
        private TextReader? _text;
        private Hasher? _hasher;
        private int _wantedFrom = int.MaxValue;
        private bool _finished;

        public Reader(string path)
            : this(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
        {
        }

        /// <summary>
        /// The hash of a 1-based line, unformatted (<see cref="Format"/>): the rolling hash and how many lines had it up to
        /// this one; null past the end. Asking for an earlier line than before reads the text again.
        /// </summary>
        public (ulong Hash, int Count)? ValueOf(int line)
        {
            if (_text is null || _hasher is null || line < _wantedFrom)
            {
                stream.Position = 0;
                _text = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
                _hasher = new Hasher(l => l >= _wantedFrom, (l, hash, count) => _ready.Enqueue((l, hash, count)));
                _ready.Clear();
                _finished = false;
            }

            _wantedFrom = line;
            while (true)
            {
                while (_ready.TryPeek(out var ready) && ready.Line < line)
                {
                    _ready.Dequeue();
                }

                if (_ready.TryPeek(out var next))
                {
                    return next.Line == line ? (next.Hash, next.Count) : null;
                }

                if (_finished)
                {
                    return null;
                }

                var read = _text.Read(_buffer, 0, _buffer.Length);
                for (var i = 0; i < read; i++)
                {
                    _hasher.Process(_buffer[i]);
                }

                if (read == 0)
                {
                    _hasher.Finish();
                    _finished = true;
                }
            }
        }

        public void Dispose()
        {
            if (!leaveOpen)
            {
                stream.Dispose();
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

    /// <param name="wanted">Whether a line's hash is wanted (the others are only counted).</param>
    /// <param name="output">Receives each wanted line's rolling hash and occurrence count, in line order.</param>
    /// <summary>GitHub's text form of a line hash: the rolling hash in hex, a colon, the occurrence count.</summary>
    public static string Format((ulong Hash, int Count) value) => string.Create(CultureInfo.InvariantCulture, $"{value.Hash:x}:{value.Count}");

    private sealed class Hasher(Func<int, bool> wanted, Action<int, ulong, int> output)
    {
        private readonly int[] _window = new int[BlockSize];
        private readonly int[] _lineNumbers = Enumerable.Repeat(-1, BlockSize).ToArray();
        private readonly Dictionary<ulong, int> _hashCounts = [];
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
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_hashCounts, _hash, out _);
            count++;
            var line = _lineNumbers[_index];
            if (wanted(line))
            {
                output(line, _hash, count);
            }

            _lineNumbers[_index] = -1;
        }
    }
}
