using System.Text.Unicode;
using B2BRules.Engine.Checks;
using B2BRules.Sdk;
using CsvHelper;

namespace B2BRules.Engine.Input;

/// <summary>
/// Streams one batch file: recognises its format from the header, then yields its invitee rows with the place of every
/// cell. Structural problems (B2B0100–B2B0104, B2B0111, B2B0112) are reported as they are met; a record with such a
/// problem is reported and not handed to rules, never repaired.
/// </summary>
internal sealed class CsvBatchReader : IDisposable
{
    /// <summary>Longest record accepted, in bytes: bounds memory on hostile input.</summary>
    public const int MaxRecordLength = 1 << 20;

    private readonly string _filePath;
    private readonly Action<Diagnostic> _report;
    private readonly CsvReader _csv;
    private readonly List<CellSpan> _spans = [];
    private readonly List<int> _starts = [];
    private readonly List<int> _lengths = [];
    private string? _malformed;
    private int _headerFieldCount;

    /// <param name="stream">The batch's bytes.</param>
    /// <param name="filePath">The path as reported.</param>
    /// <param name="report">Where structural findings go.</param>
    /// <param name="leaveOpen">Whether the stream stays open when the reader is disposed.</param>
    public CsvBatchReader(Stream stream, string filePath, Action<Diagnostic> report, bool leaveOpen = false)
    {
        _filePath = filePath;
        _report = report;
        var options = new CsvReaderOptions
        {
            Separator = ',', // fixed: the 'version:v1.0' line defeats separator detection
            DetectSeparatorHint = false,
            HasHeader = false,
            SkipEmptyLines = false,
            TrimWhitespace = false,
            TrackLineNumbers = true,
            MaxRecordSize = MaxRecordLength,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = record => _malformed ??= Describe(record.Reason),
        };
        _csv = CsvReader.Create(stream, options, leaveOpen);
    }

    /// <summary>The batch, once <see cref="ReadHeader"/> recognised it.</summary>
    public Batch? Batch { get; private set; }

    public static CsvBatchReader Open(string path, string filePath, Action<Diagnostic> report) =>
        new(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), filePath, report);

    /// <summary>Reads the version line (Entra) and the header; null when the file is empty or unrecognisable.</summary>
    public Batch? ReadHeader(Policy policy)
    {
        if (!TryReadRecord(out var cells))
        {
            _report(Diagnostic.Create(B2B0101UnrecognisedFormat.Rule, Sdk.Location.FileStart(_filePath), "The file is empty; a batch needs a header row"));
            return null;
        }

        var afterVersionLine = false;
        if (cells[0].Trim().StartsWith("version:", StringComparison.OrdinalIgnoreCase))
        {
            afterVersionLine = true;
            CheckVersionLine(cells);
            if (!TryReadRecord(out cells))
            {
                _report(Diagnostic.Create(B2B0101UnrecognisedFormat.Rule, RecordLocation(null),
                    "The file ends after the version line; the template's column headings row is missing"));
                return null;
            }
        }

        var headerLocation = RecordLocation(null);
        var recognised = HeaderRecognizer.Recognise(cells, [.. _spans], afterVersionLine, headerLocation, _report);
        if (recognised is null)
        {
            return null;
        }

        _headerFieldCount = cells.Length;
        Batch = new Batch(_filePath, recognised.Format, recognised.Columns, policy, headerLocation);
        return Batch;
    }

    /// <summary>The invitee rows, in file order; read lazily, one record at a time.</summary>
    public IEnumerable<InvitationRow> ReadRows()
    {
        var batch = Batch ?? throw new InvalidOperationException("ReadHeader must recognise the batch first.");
        var recordNumber = 0;
        while (TryReadRecord(out var cells))
        {
            recordNumber++;
            if (_malformed is not null)
            {
                _report(Diagnostic.Create(B2B0100MalformedCsv.Rule, RecordLocation(recordNumber), _malformed));
            }
            else if (cells.All(string.IsNullOrWhiteSpace))
            {
                _report(Diagnostic.Create(B2B0112BlankRow.Rule, RecordLocation(recordNumber), recordNumber));
            }
            else if (cells.Length != _headerFieldCount)
            {
                _report(Diagnostic.Create(B2B0104WrongFieldCount.Rule, RecordLocation(recordNumber), recordNumber, cells.Length, _headerFieldCount));
            }
            else
            {
                yield return new InvitationRow(batch, recordNumber, cells, _spans.ToArray());
            }
        }
    }

    private bool TryReadRecord(out string[] cells)
    {
        _malformed = null;
        cells = [];
        try
        {
            if (!_csv.Read())
            {
                return false;
            }
        }
        catch (CsvFormatException e)
        {
            var line = (int)Math.Max(1, e.LineNumber);
            _report(Diagnostic.Create(B2B0100MalformedCsv.Rule, new Sdk.Location(_filePath, line, 1, line, 1),
                $"it cannot be read ({e.Message.TrimEnd('.')}; records are limited to {MaxRecordLength:N0} bytes), so the rest of the file is not read"));
            return false;
        }

        var record = _csv.RawRecord;
        cells = new string[_csv.FieldCount];
        _starts.Clear();
        _lengths.Clear();
        var next = 0;
        for (var i = 0; i < cells.Length; i++)
        {
            var raw = _csv.GetRawSpan(i);
            var start = CellLocator.OffsetOf(record, raw);
            start = start < 0 ? Math.Min(next, record.Length) : start;
            _starts.Add(start);
            _lengths.Add(raw.Length);
            next = start + raw.Length + 1;
            cells[i] = _csv.GetString(i);
        }

        CellLocator.Locate(record, (int)_csv.LineNumber, _starts, _lengths, _spans);
        if (!Utf8.IsValid(record))
        {
            ReportEncoding(record, cells);
        }

        return true;
    }

    private void ReportEncoding(ReadOnlySpan<byte> record, string[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (!Utf8.IsValid(record.Slice(_starts[i], _lengths[i])))
            {
                _report(Diagnostic.Create(B2B0111TextEncoding.Rule, Sdk.Location.FromSpan(_filePath, _spans[i]), _spans[i].StartLine, cells[i]));
            }
        }
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted cell",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "a quoted cell is never closed, so it runs to the end of the file",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside quotes where none is allowed",
        CsvMalformedReason.TrailingEscape => "an escape character at the end of the record",
        _ => reason.ToString(),
    };

    private void CheckVersionLine(string[] cells)
    {
        var version = cells[0].Trim();
        if (!string.Equals(version, "version:v1.0", StringComparison.OrdinalIgnoreCase))
        {
            _report(Diagnostic.Create(B2B0101UnrecognisedFormat.Rule, Sdk.Location.FromSpan(_filePath, _spans[0]),
                $"The template version '{version}' is not one B2BRules knows; expected 'version:v1.0'"));
        }
        else if (cells.Skip(1).Any(c => c.Length > 0))
        {
            _report(Diagnostic.Create(B2B0101UnrecognisedFormat.Rule, RecordLocation(null),
                "The version line holds more than 'version:v1.0' (and the empty cells a spreadsheet adds); the upload cannot be processed"));
        }
    }

    private Sdk.Location RecordLocation(int? recordNumber) =>
        new(_filePath, _spans[0].StartLine, _spans[0].StartColumn, _spans[^1].EndLine, _spans[^1].EndColumn, null, recordNumber);

    public void Dispose() => _csv.Dispose();
}
