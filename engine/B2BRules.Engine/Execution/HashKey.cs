namespace B2BRules.Engine.Execution;

/// <summary>
/// A 128-bit hash as a dictionary key. Not <see cref="UInt128"/>: it is 16-byte aligned, which pads a dictionary entry
/// from 32 to 48 bytes, and the run keeps one entry per invitee (B2B0106) and per finding key (fingerprints).
/// </summary>
internal readonly record struct HashKey(ulong High, ulong Low)
{
    public static HashKey Of(UInt128 value) => new((ulong)(value >> 64), (ulong)value);

    /// <summary>The value is already a well-mixed hash: its low bits serve as they are.</summary>
    public override int GetHashCode() => (int)Low;
}
