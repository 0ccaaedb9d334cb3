using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;

namespace B2BRules.Engine.Findings;

/// <summary>
/// The texts of a batch's findings — invitee, cell value, message arguments — as UTF-8 records appended to 64 KB
/// blocks. A record never spans two blocks (a longer one gets a block of its own), so it is read from one span.
/// Byte arrays hold no references, so the collector never scans them (it still moves a 64 KB block up through the
/// generations once or twice, as it does any small object that lives).
/// </summary>
internal sealed class FindingTexts
{
    private const int BlockSize = 1 << 16;

    private readonly List<byte[]> _blocks = [];
    private int _used = BlockSize;

    /// <summary>Appends a record; returns where it starts.</summary>
    public (int Block, int Offset) Append(ReadOnlySpan<byte> record)
    {
        if (record.Length > BlockSize - _used)
        {
            _blocks.Add(new byte[Math.Max(BlockSize, record.Length)]);
            _used = 0;
        }

        var at = (_blocks.Count - 1, _used);
        record.CopyTo(_blocks[^1].AsSpan(_used));
        _used += record.Length;
        return at;
    }

    /// <summary>The record that starts at a place (and whatever follows it in its block).</summary>
    public ReadOnlySpan<byte> At(int block, int offset) => _blocks[block].AsSpan(offset);

    /// <summary>Writes a record into a buffer sized by <see cref="MaxBytes"/>.</summary>
    internal ref struct Writer(Span<byte> buffer)
    {
        private readonly Span<byte> _buffer = buffer;

        public int Length { get; private set; }

        public readonly ReadOnlySpan<byte> Written => _buffer[..Length];

        /// <summary>Room for a string: its length and at most three UTF-8 bytes per UTF-16 unit.</summary>
        public static int MaxBytes(string? text) => 5 + (3 * (text?.Length ?? 0));

        public void WriteByte(byte value) => _buffer[Length++] = value;

        public void WriteInt(int value)
        {
            BinaryPrimitives.WriteInt32LittleEndian(_buffer[Length..], value);
            Length += sizeof(int);
        }

        /// <summary>
        /// A string as its UTF-8 length plus one (0 for null), seven bits a byte, then its bytes. False, with nothing
        /// written, for a string UTF-8 cannot carry exactly (a lone surrogate).
        /// </summary>
        public bool WriteString(string? text)
        {
            if (text is null)
            {
                WriteByte(0);
                return true;
            }

            // The length goes first but is known only once the text is encoded: encode after the longest prefix, then
            // move the bytes back if the prefix came out shorter.
            var prefix = PrefixLength(MaxBytes(text));
            if (Utf8.FromUtf16(text, _buffer[(Length + prefix)..], out _, out var bytes, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                return false;
            }

            var actualPrefix = PrefixLength(bytes + 1);
            if (actualPrefix != prefix)
            {
                _buffer.Slice(Length + prefix, bytes).CopyTo(_buffer[(Length + actualPrefix)..]);
            }

            var value = (uint)bytes + 1;
            for (; value >= 0x80; value >>= 7)
            {
                WriteByte((byte)(value | 0x80));
            }

            WriteByte((byte)value);
            Length += bytes;
            return true;
        }

        private static int PrefixLength(int value)
        {
            var length = 1;
            for (var v = (uint)value; v >= 0x80; v >>= 7)
            {
                length++;
            }

            return length;
        }
    }

    /// <summary>Reads a record written by <see cref="Writer"/>, in the order it was written.</summary>
    internal ref struct Reader(ReadOnlySpan<byte> record)
    {
        private ReadOnlySpan<byte> _rest = record;

        public byte ReadByte()
        {
            var value = _rest[0];
            _rest = _rest[1..];
            return value;
        }

        public int ReadInt()
        {
            var value = BinaryPrimitives.ReadInt32LittleEndian(_rest);
            _rest = _rest[sizeof(int)..];
            return value;
        }

        /// <summary>A string's UTF-8 bytes; false for null.</summary>
        public bool ReadUtf8(out ReadOnlySpan<byte> utf8)
        {
            var value = 0u;
            for (var shift = 0; ; shift += 7)
            {
                var next = ReadByte();
                value |= (uint)(next & 0x7F) << shift;
                if (next < 0x80)
                {
                    break;
                }
            }

            utf8 = value == 0 ? default : _rest[..(int)(value - 1)];
            _rest = value == 0 ? _rest : _rest[(int)(value - 1)..];
            return value != 0;
        }

        public string? ReadString() => ReadUtf8(out var utf8) ? Encoding.UTF8.GetString(utf8) : null;
    }

    /// <summary>A writer over the stack when the record is small, else over a rented array (returned on dispose).</summary>
    internal ref struct Scratch
    {
        private readonly byte[]? _rented;

        public Scratch(int maxBytes, Span<byte> stack)
        {
            _rented = maxBytes <= stack.Length ? null : ArrayPool<byte>.Shared.Rent(maxBytes);
            Buffer = _rented ?? stack;
        }

        public Span<byte> Buffer { get; }

        public readonly void Dispose()
        {
            if (_rented is not null)
            {
                ArrayPool<byte>.Shared.Return(_rented);
            }
        }
    }
}
