using B2BRules.Sdk;
using B2BRules.Sdk.Fixes;

namespace B2BRules.Engine.Findings;

/// <summary>
/// What a finding's texts record holds, in order: the invitee; the cell value (or a mark that it is the invitee);
/// the message arguments, each a mark and its value (a string, an <see cref="int"/>, or a mark that it is the invitee
/// or the cell value); the fixes, each a title and its edits (a cell replacement or a row deletion, with its place).
/// </summary>
internal sealed partial class FindingTable
{
    private const byte CellFollows = 0;
    private const byte CellIsEmail = 1;

    private const byte ArgumentIsNull = 0;
    private const byte ArgumentIsEmail = 1;
    private const byte ArgumentIsCell = 2;
    private const byte ArgumentIsString = 3;
    private const byte ArgumentIsInt = 4;

    private const byte EditReplacesCell = 0;
    private const byte EditDeletesRow = 1;

    /// <summary>A place in a record: its file and column as numbered names, its lines and columns, its record.</summary>
    private const int LocationBytes = (7 * sizeof(int)) + 1;

    private FindingTexts.Reader TextsOf(in Entry entry) => new(_texts.At(entry.TextBlock, entry.TextOffset));

    /// <summary>Writes a finding's texts and numbers the names its places use; false when the record cannot carry them exactly.</summary>
    private bool TryWriteTexts(ref Entry entry, Diagnostic diagnostic, string? cellValue, string? email, IReadOnlyList<InvitationFix> fixes)
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

        if (arguments.Length > byte.MaxValue || fixes.Count > byte.MaxValue
            || !_names.TryIndexOf(diagnostic.Location.FilePath, out entry.FilePath) || !TryNumberColumn(diagnostic.Location.ColumnKey, out entry.ColumnKey))
        {
            return false;
        }

        using var scratch = new FindingTexts.Scratch(MaxBytes(arguments, cellValue, email, fixes), stackalloc byte[StackRecord]);
        var writer = new FindingTexts.Writer(scratch.Buffer);
        if (!writer.WriteString(email))
        {
            return false;
        }

        var cellIsEmail = cellValue is not null && string.Equals(cellValue, email, StringComparison.Ordinal);
        writer.WriteByte(cellIsEmail ? CellIsEmail : CellFollows);
        if ((!cellIsEmail && !writer.WriteString(cellValue)) || !TryWriteArguments(ref writer, arguments, cellValue, email) || !TryWriteFixes(ref writer, fixes))
        {
            return false;
        }

        (entry.TextBlock, entry.TextOffset) = _texts.Append(writer.Written);
        return true;
    }

    private static int MaxBytes(object?[] arguments, string? cellValue, string? email, IReadOnlyList<InvitationFix> fixes)
    {
        var most = FindingTexts.Writer.MaxBytes(email) + FindingTexts.Writer.MaxBytes(cellValue) + 3;
        foreach (var argument in arguments)
        {
            most += 1 + (argument is string text ? FindingTexts.Writer.MaxBytes(text) : sizeof(int));
        }

        // Indexed, not enumerated: an interface's enumerator is an object per fix.
        for (var i = 0; i < fixes.Count; i++)
        {
            var edits = fixes[i].Edits;
            most += FindingTexts.Writer.MaxBytes(fixes[i].Title) + 1;
            for (var j = 0; j < edits.Count; j++)
            {
                most += 1 + LocationBytes + (edits[j] is ReplaceCell replace ? FindingTexts.Writer.MaxBytes(replace.NewValue) : 0);
            }
        }

        return most;
    }

    private static bool TryWriteArguments(ref FindingTexts.Writer writer, object?[] arguments, string? cellValue, string? email)
    {
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

        return true;
    }

    private bool TryWriteFixes(ref FindingTexts.Writer writer, IReadOnlyList<InvitationFix> fixes)
    {
        writer.WriteByte((byte)fixes.Count);
        for (var i = 0; i < fixes.Count; i++)
        {
            var edits = fixes[i].Edits;
            if (edits.Count > byte.MaxValue || !writer.WriteString(fixes[i].Title))
            {
                return false;
            }

            writer.WriteByte((byte)edits.Count);
            for (var j = 0; j < edits.Count; j++)
            {
                var written = edits[j] switch
                {
                    ReplaceCell replace => WriteEdit(ref writer, EditReplacesCell, replace.Cell) && writer.WriteString(replace.NewValue),
                    DeleteRow delete => WriteEdit(ref writer, EditDeletesRow, delete.Record),
                    _ => false, // the check offers no other edits (FixCatalog)
                };
                if (!written)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private bool WriteEdit(ref FindingTexts.Writer writer, byte kind, Location place)
    {
        if (!_names.TryIndexOf(place.FilePath, out var path) || !TryNumberColumn(place.ColumnKey, out var column))
        {
            return false;
        }

        writer.WriteByte(kind);
        writer.WriteInt(path);
        writer.WriteInt(place.StartLine);
        writer.WriteInt(place.StartColumn);
        writer.WriteInt(place.EndLine);
        writer.WriteInt(place.EndColumn);
        writer.WriteInt(column);
        writer.WriteByte(place.RecordNumber is null ? (byte)0 : (byte)1);
        writer.WriteInt(place.RecordNumber ?? 0);
        return true;
    }

    /// <summary>A column key as a 1-based name number (0 for none).</summary>
    private bool TryNumberColumn(string? columnKey, out ushort number)
    {
        number = 0;
        if (columnKey is null)
        {
            return true;
        }

        if (!_names.TryIndexOf(columnKey, out var index) || index == ushort.MaxValue)
        {
            return false;
        }

        number = (ushort)(index + 1);
        return true;
    }

    /// <summary>The column a 1-based name number stands for (0 for none: <see cref="TryNumberColumn"/>).</summary>
    private string? ColumnNamed(int number) => number == 0 ? null : _names[number - 1];

    private static (string? Email, string? CellValue) ReadEmailAndCell(ref FindingTexts.Reader texts)
    {
        var email = texts.ReadString();
        return (email, texts.ReadByte() == CellIsEmail ? email : texts.ReadString());
    }

    /// <summary>Makes a finding from its record.</summary>
    private Finding Read(in Entry entry)
    {
        var texts = TextsOf(entry);
        var (email, cellValue) = ReadEmailAndCell(ref texts);
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

        var fixCount = texts.ReadByte();
        var fixes = fixCount == 0 ? [] : new InvitationFix[fixCount];
        for (var i = 0; i < fixes.Length; i++)
        {
            var title = texts.ReadString()!;
            var edits = new FixEdit[texts.ReadByte()];
            for (var j = 0; j < edits.Length; j++)
            {
                var kind = texts.ReadByte();
                var place = ReadLocation(ref texts);
                edits[j] = kind == EditReplacesCell ? new ReplaceCell(place, texts.ReadString()!) : new DeleteRow(place);
            }

            fixes[i] = new InvitationFix(title, edits);
        }

        var rule = _rules[entry.Rule];
        var location = new Location(
            _names[entry.FilePath], entry.StartLine, entry.StartColumn, entry.EndLine, entry.EndColumn,
            ColumnNamed(entry.ColumnKey), (entry.Shape & Shape.HasRecordNumber) != 0 ? entry.RecordNumber : null);
        var message = (entry.Shape & Shape.MessageIsFormat) != 0 ? rule.MessageFormat : null;
        var diagnostic = Diagnostic.FromParts(rule, location, message, (Severity)entry.Severity, arguments);
        return new Finding(diagnostic, cellValue, email)
        {
            Fixes = fixes, FingerprintBits = entry.Fingerprint, LineHashValue = entry.LineHash, LineHashCount = entry.LineHashCount,
        };
    }

    private Location ReadLocation(ref FindingTexts.Reader texts)
    {
        var path = _names[texts.ReadInt()];
        var (startLine, startColumn, endLine, endColumn) = (texts.ReadInt(), texts.ReadInt(), texts.ReadInt(), texts.ReadInt());
        var column = texts.ReadInt();
        var hasRecord = texts.ReadByte() != 0;
        var record = texts.ReadInt();
        return new Location(path, startLine, startColumn, endLine, endColumn, ColumnNamed(column), hasRecord ? record : null);
    }
}
