using System.Buffers.Binary;
using System.IO.Hashing;

namespace B2BRules.Engine.Findings;

/// <summary>
/// A 128-bit hash as a dictionary key and as a field. Not <see cref="UInt128"/>: it is 16-byte aligned, which pads a
/// dictionary entry from 32 to 48 bytes (the run keeps one entry per invitee for B2B0106 and per finding key for
/// fingerprints), and its layout belongs to the framework, so ReadyToRun cannot precompile code that holds one — a
/// finding held one, which left every method touching findings to the JIT.
/// </summary>
internal readonly record struct HashKey(ulong High, ulong Low)
{
    /// <summary>The first 16 bytes of a hash, read big-endian (as they are written: <see cref="WriteBigEndian"/>).</summary>
    public static HashKey FromBigEndian(ReadOnlySpan<byte> bytes) =>
        new(BinaryPrimitives.ReadUInt64BigEndian(bytes), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));

    /// <summary>XxHash128 of some bytes.</summary>
    public static HashKey XxHash128Of(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[16];
        XxHash128.Hash(data, hash);
        return FromBigEndian(hash);
    }

    public void WriteBigEndian(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, High);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], Low);
    }

    /// <summary>The value is already a well-mixed hash: its low bits serve as they are.</summary>
    public override int GetHashCode() => (int)Low;
}
