using System.Globalization;
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
        var hasher = new Hasher(wanted);
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
        return hasher.Hashes;
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

    private sealed class Hasher(IReadOnlySet<int>? wanted)
    {
        private readonly int[] _window = new int[BlockSize];
        private readonly int[] _lineNumbers = Enumerable.Repeat(-1, BlockSize).ToArray();
        private readonly Dictionary<string, int> _hashCounts = new(StringComparer.Ordinal);
        private ulong _hash;
        private int _index;
        private int _lineNumber;
        private bool _lineStart = true;
        private bool _previousCr;

        public Dictionary<int, string> Hashes { get; } = [];

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
            var value = _hash.ToString("x", CultureInfo.InvariantCulture);
            var count = _hashCounts.TryGetValue(value, out var seen) ? seen + 1 : 1;
            _hashCounts[value] = count;
            var line = _lineNumbers[_index];
            if (wanted is null || wanted.Contains(line))
            {
                Hashes[line] = value + ":" + count.ToString(CultureInfo.InvariantCulture);
            }

            _lineNumbers[_index] = -1;
        }
    }
}
