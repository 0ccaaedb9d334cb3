using System.Text.RegularExpressions;
using B2BRules.Engine.Checks;
using B2BRules.Sdk;

namespace B2BRules.Engine.Input;

/// <summary>
/// Tells the format from the header record and names its columns. Entra columns are keyed on the bracketed property
/// name (so translated labels work); legacy headers are matched trimmed and in any case, as spreadsheets leave them.
/// </summary>
internal static partial class HeaderRecognizer
{
    public sealed record Result(BatchFormat Format, IReadOnlyList<BatchColumn> Columns);

    [GeneratedRegex(@"\[\s*([A-Za-z][A-Za-z0-9]*)\s*\]")]
    private static partial Regex BracketName();

    public static Result? Recognise(
        IReadOnlyList<string> cells, IReadOnlyList<CellSpan> spans, bool afterVersionLine, Location headerLocation, Action<Diagnostic> report)
    {
        var filePath = headerLocation.FilePath;
        var isEntra = afterVersionLine || cells.Any(c => BracketName().IsMatch(c));
        if (isEntra && !afterVersionLine)
        {
            report(Diagnostic.Create(B2B0101UnrecognisedFormat.Rule, headerLocation,
                "The header has Entra template columns but the 'version:v1.0' line above it is missing; the upload cannot be processed without it"));
        }

        var format = isEntra ? BatchFormat.EntraBulkInviteV1 : LegacyFormat(cells);
        if (format == BatchFormat.Unknown)
        {
            report(Diagnostic.Create(B2B0101UnrecognisedFormat.Rule, headerLocation,
                "The header matches no known batch format: expected the Entra bulk-invite template (version:v1.0, then " +
                "'[inviteeEmail]' …) or a 2015/2016 preview header starting 'Email,DisplayName'"));
            return null;
        }

        var columns = new List<BatchColumn>(cells.Count);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < cells.Count; i++)
        {
            var cellLocation = Location.FromSpan(filePath, spans[i]);
            var column = NameColumn(cells[i], i, format, cellLocation, report);
            if (column.Key.Length > 0 && !seen.Add(column.Key))
            {
                report(Diagnostic.Create(B2B0103UnknownOrDuplicateColumn.Rule, cellLocation with { ColumnKey = column.Key },
                    $"Column '{column.Key}' appears more than once; the upload rejects duplicate columns"));
                column = column with { Aliases = [] };
            }

            columns.Add(column);
        }

        foreach (var required in ColumnCatalog.RequiredKeys(format).Where(k => !seen.Contains(k)))
        {
            var entry = ColumnCatalog.Entries.First(e => e.Key == required);
            report(Diagnostic.Create(B2B0102MissingRequiredColumn.Rule, headerLocation, FormatName(format), ColumnCatalog.HeaderOf(entry, format)));
        }

        return new Result(format, columns);
    }

    public static string FormatName(BatchFormat format) => format switch
    {
        BatchFormat.EntraBulkInviteV1 => "Entra bulk-invite template",
        BatchFormat.Preview2015 => "2015 preview",
        BatchFormat.Preview2016 => "2016 preview",
        _ => "unrecognised",
    };

    private static BatchColumn NameColumn(string header, int index, BatchFormat format, Location location, Action<Diagnostic> report)
    {
        var trimmed = header.Trim();
        if (trimmed.Length == 0)
        {
            // Spreadsheets pad the header with empty cells; they name no column.
            return new BatchColumn(string.Empty, header, index, []);
        }

        var name = format == BatchFormat.EntraBulkInviteV1 && BracketName().Match(trimmed) is { Success: true } match
            ? match.Groups[1].Value
            : trimmed;
        if (ColumnCatalog.Find(name, format) is { } entry)
        {
            if (format == BatchFormat.EntraBulkInviteV1 && !string.Equals(name, entry.EntraName, StringComparison.Ordinal))
            {
                report(Diagnostic.Create(B2B0117BracketNameCase.Rule, location with { ColumnKey = entry.Key }, name, entry.EntraName));
            }

            return new BatchColumn(entry.Key, header, index, [name, trimmed]);
        }

        var known = format == BatchFormat.EntraBulkInviteV1 ? "the template's bracketed property names" : $"the {FormatName(format)} headers";
        report(Diagnostic.Create(B2B0103UnknownOrDuplicateColumn.Rule, location with { ColumnKey = name },
            $"Column '{trimmed}' is not one of {known}; the upload ignores it"));
        return new BatchColumn(name, header, index, [trimmed]);
    }

    private static BatchFormat LegacyFormat(IReadOnlyList<string> cells)
    {
        bool Has(BatchFormat f, string key) => cells.Any(c => ColumnCatalog.Find(c.Trim(), f)?.Key == key);
        bool Specific(BatchFormat f, BatchFormat other) => cells.Any(c =>
            ColumnCatalog.Find(c.Trim(), f) is { } e && !string.Equals(ColumnCatalog.HeaderOf(e, other), c.Trim(), StringComparison.OrdinalIgnoreCase));

        if (Specific(BatchFormat.Preview2016, BatchFormat.Preview2015))
        {
            return BatchFormat.Preview2016;
        }

        if (Specific(BatchFormat.Preview2015, BatchFormat.Preview2016))
        {
            return BatchFormat.Preview2015;
        }

        return Has(BatchFormat.Preview2016, ColumnKeys.Email) ? BatchFormat.Preview2016 : BatchFormat.Unknown;
    }
}
