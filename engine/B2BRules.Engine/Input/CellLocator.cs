using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using B2BRules.Sdk;

namespace B2BRules.Engine.Input;

/// <summary>
/// Turns the byte slices CsvHelper gives for each cell into physical lines and UTF-16 columns (docs/architecture.md, reading a batch: byte
/// offsets are converted to UTF-16 columns). One pass over the record's raw bytes; quoted line breaks move the line.
/// </summary>
internal static class CellLocator
{
    /// <summary>Fills <paramref name="spans"/> with one span per cell of a record that starts at column 1 of <paramref name="firstLine"/>.</summary>
    public static void Locate(ReadOnlySpan<byte> record, int firstLine, IReadOnlyList<int> cellStarts, IReadOnlyList<int> cellLengths, List<CellSpan> spans)
    {
        spans.Clear();
        int line = firstLine, column = 1, offset = 0;
        for (var cell = 0; cell < cellStarts.Count; cell++)
        {
            Advance(record, ref offset, cellStarts[cell], ref line, ref column);
            var (startLine, startColumn) = (line, column);
            Advance(record, ref offset, cellStarts[cell] + cellLengths[cell], ref line, ref column);
            spans.Add(new CellSpan(startLine, startColumn, line, column));
        }
    }

    /// <summary>Where a slice of <paramref name="record"/> starts, in bytes from the record's start.</summary>
    public static int OffsetOf(ReadOnlySpan<byte> record, ReadOnlySpan<byte> slice)
    {
        if (slice.IsEmpty)
        {
            return -1;
        }

        var offset = (int)Unsafe.ByteOffset(ref MemoryMarshal.GetReference(record), ref MemoryMarshal.GetReference(slice));
        return offset >= 0 && offset + slice.Length <= record.Length ? offset : -1;
    }

    private static void Advance(ReadOnlySpan<byte> record, ref int offset, int target, ref int line, ref int column)
    {
        for (; offset < target && offset < record.Length; offset++)
        {
            var b = record[offset];
            if (b == (byte)'\n' || (b == (byte)'\r' && (offset + 1 >= record.Length || record[offset + 1] != (byte)'\n')))
            {
                line++;
                column = 1;
            }
            else if (b == (byte)'\r')
            {
                // The CR of a CRLF: the LF that follows ends the line.
            }
            else if (b >= 0xF0)
            {
                column += 2; // a four-byte sequence is a surrogate pair in UTF-16
            }
            else if ((b & 0xC0) != 0x80)
            {
                column++;    // ASCII or a lead byte; continuation bytes add nothing
            }
        }
    }
}
