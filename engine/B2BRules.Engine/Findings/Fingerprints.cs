using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace B2BRules.Engine.Findings;

/// <summary>
/// <c>fingerprints["b2brules/v1"]</c>: a hash of rule ID, column and normalised cell value (empty for findings about a
/// row or the batch, whose messages may carry counts), plus how many identical keys came before in the file. It does
/// not move when rows are re-sorted or inserted above, which GitHub's line hash does.
/// </summary>
internal static class Fingerprints
{
    public const string Key = "b2brules/v1";

    /// <summary>Findings per task when the hashes are computed on several cores.</summary>
    private const int HashesPerTask = 4096;

    /// <summary>Room for a key and its count on the stack (longer keys rent from the pool).</summary>
    private const int KeyScratch = 1024;

    /// <summary>Assigns fingerprints to a batch's findings, in their final order.</summary>
    public static void Assign(FindingTable ordered)
    {
        // The n-th identical key is counted in order, by the key's 128-bit hash rather than its text (this runs while
        // every finding of the batch is held); the SHA-256s, most of the cost, are then computed on every core.
        if (ordered.Count == 0)
        {
            return;
        }

        var seen = new Dictionary<HashKey, int>(ordered.Count); // never more keys than findings: sized once, no growth
        var occurrences = new int[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            occurrences[i] = ++CollectionsMarshal.GetValueRefOrAddDefault(seen, KeyHash(ordered, i), out _);
        }

        Parallel.ForEach(Partitioner.Create(0, ordered.Count, HashesPerTask), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                ordered.SetFingerprint(i, Fingerprint(ordered, i, occurrences[i]));
            }
        });
    }

    private static HashKey KeyHash(FindingTable findings, int index)
    {
        using var key = new FindingKey(findings, index, stackalloc byte[KeyScratch]);
        return HashKey.XxHash128Of(key.Bytes);
    }

    private static HashKey Fingerprint(FindingTable findings, int index, int occurrence)
    {
        using var key = new FindingKey(findings, index, stackalloc byte[KeyScratch]);
        return key.Sha256With(occurrence);
    }

    /// <summary>
    /// A finding's key, "rule|column|value" in UTF-8 with the cell value trimmed and lower-cased, built without
    /// intermediate strings, with room after it for "|n".
    /// </summary>
    private readonly ref struct FindingKey
    {
        private readonly byte[]? _rented;
        private readonly Span<byte> _buffer;
        private readonly int _length;

        public FindingKey(FindingTable findings, int index, Span<byte> scratch)
        {
            var (id, columnKey) = findings.RuleAndColumnAt(index);
            var column = columnKey ?? string.Empty;
            var value = (findings.CellValueAt(index) ?? string.Empty).AsSpan().Trim();
            var most = Encoding.UTF8.GetMaxByteCount(id.Length + column.Length + value.Length + 2) + 12;
            _rented = most <= scratch.Length ? null : ArrayPool<byte>.Shared.Rent(most);
            _buffer = _rented ?? scratch;
            var written = Encoding.UTF8.GetBytes(id, _buffer);
            _buffer[written++] = (byte)'|';
            written += Encoding.UTF8.GetBytes(column, _buffer[written..]);
            _buffer[written++] = (byte)'|';
            _length = written + LowerInvariantUtf8(value, _buffer[written..]);
        }

        public ReadOnlySpan<byte> Bytes => _buffer[.._length];

        /// <summary>The first 16 bytes of SHA-256 over "key|n".</summary>
        public HashKey Sha256With(int occurrence)
        {
            _buffer[_length] = (byte)'|';
            occurrence.TryFormat(_buffer[(_length + 1)..], out var digits, default, CultureInfo.InvariantCulture);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(_buffer[..(_length + 1 + digits)], hash);
            return HashKey.FromBigEndian(hash);
        }

        public void Dispose()
        {
            if (_rented is not null)
            {
                ArrayPool<byte>.Shared.Return(_rented);
            }
        }

        private static int LowerInvariantUtf8(ReadOnlySpan<char> value, Span<byte> destination)
        {
            var rented = value.Length <= 256 ? null : ArrayPool<char>.Shared.Rent(value.Length);
            var lower = (rented ?? stackalloc char[256])[..value.Length];
            value.ToLowerInvariant(lower);
            var written = Encoding.UTF8.GetBytes(lower, destination);
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }

            return written;
        }
    }

    /// <summary>Length of a formatted fingerprint.</summary>
    public const int FormattedLength = 32;

    /// <summary>Writes the fingerprint as written, 32 lower-case hex digits, into <paramref name="destination"/>; returns how many.</summary>
    public static int Format(HashKey bits, Span<char> destination)
    {
        Span<byte> bytes = stackalloc byte[16];
        bits.WriteBigEndian(bytes);
        return Convert.TryToHexStringLower(bytes, destination, out var written) ? written : throw new ArgumentException("Too short.", nameof(destination));
    }
}
