using System.Buffers;
using System.Text;

namespace B2BRules.BuiltIn;

/// <summary>
/// Writing CSV cells (RFC 4180 quoting). Upload files are written as the data is; human-facing files (rejected,
/// results) neutralise cells a spreadsheet would run as formulas by prefixing an apostrophe (docs/security.md).
/// </summary>
internal static class CsvText
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    public static string Cell(string value) =>
        value.AsSpan().IndexOfAny(NeedsQuotes) >= 0 || (value.Length > 0 && (value[0] == ' ' || value[^1] == ' '))
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;

    /// <summary>A cell for a file people open in a spreadsheet: formula characters are neutralised.</summary>
    public static string SafeCell(string value) =>
        Cell(value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value);

    public static string Line(IEnumerable<string> cells) => string.Join(',', cells);

    public static StreamWriter CreateFile(string path) => new(path, false, new UTF8Encoding(false)) { NewLine = "\r\n" };
}
