using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace B2BRules.Engine.Execution;

/// <summary>
/// <c>fingerprints["b2brules/v1"]</c>: a hash of rule ID, column and normalised cell value (empty for findings about a
/// row or the batch, whose messages may carry counts), plus how many identical keys came before in the file. It does
/// not move when rows are re-sorted or inserted above, which GitHub's line hash does.
/// </summary>
internal static class Fingerprints
{
    public const string Key = "b2brules/v1";

    /// <summary>Assigns fingerprints to a batch's findings, in their final order.</summary>
    public static void Assign(IReadOnlyList<Finding> ordered)
    {
        // Keys are counted by their 128-bit hash, not kept as strings: this runs while every finding of the batch is held.
        var seen = new Dictionary<UInt128, int>();
        foreach (var finding in ordered)
        {
            var d = finding.Diagnostic;
            var value = (finding.CellValue ?? string.Empty).Trim().ToLowerInvariant();
            var key = $"{d.Id}|{d.Location.ColumnKey}|{value}";
            ref var n = ref CollectionsMarshal.GetValueRefOrAddDefault(seen, XxHash128.HashToUInt128(MemoryMarshal.AsBytes(key.AsSpan())), out _);
            finding.FingerprintBits = Hash(key, ++n);
        }
    }

    /// <summary>The first 16 bytes of SHA-256 over "key|n" in UTF-8, as lower-case hex (without intermediate strings).</summary>
    private static UInt128 Hash(string key, int n)
    {
        var length = Encoding.UTF8.GetMaxByteCount(key.Length) + 12;
        var rented = length <= 512 ? null : System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        var buffer = rented ?? stackalloc byte[512];
        var written = Encoding.UTF8.GetBytes(key, buffer);
        buffer[written++] = (byte)'|';
        n.TryFormat(buffer[written..], out var digits, default, CultureInfo.InvariantCulture);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer[..(written + digits)], hash);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }

        return BinaryPrimitives.ReadUInt128BigEndian(hash);
    }

    /// <summary>The fingerprint as written: 32 lower-case hex digits.</summary>
    public static string Format(UInt128 bits)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, bits);
        return Convert.ToHexStringLower(bytes);
    }
}
