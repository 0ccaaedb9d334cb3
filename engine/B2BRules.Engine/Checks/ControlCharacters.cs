using System.Buffers;
using System.Globalization;
using System.Text;

namespace B2BRules.Engine.Checks;

/// <summary>
/// Control characters in cells: C0 but tab, CR and LF (which quoted cells may hold), and DEL. They are invisible in a
/// spreadsheet and in most reports, so messages show them as the Unicode control pictures (U+2400…) instead.
/// </summary>
internal static class ControlCharacters
{
    /// <summary>What B2B0111 looks for in a cell.</summary>
    public static readonly SearchValues<char> InCells = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    /// <summary>"U+0000 (NUL)": a control character as a person can read it.</summary>
    public static string Describe(char c) => c switch
    {
        < ' ' => string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4} ({Names[c]})"),
        '\u007F' => "U+007F (DEL)",
        _ => string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}"),
    };

    /// <summary>The text with each control character shown as its control picture (␀ for NUL), other C1 controls as &lt;U+0085&gt;.</summary>
    public static string Visible(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u0000', '\u001F') && !text.AsSpan().ContainsAnyInRange('\u007F', '\u009F'))
        {
            return text;
        }

        var visible = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                < ' ' => visible.Append((char)('\u2400' + c)),
                '\u007F' => visible.Append('\u2421'),
                >= '\u0080' and <= '\u009F' => visible.Append(CultureInfo.InvariantCulture, $"<U+{(int)c:X4}>"),
                _ => visible.Append(c),
            };
        }

        return visible.ToString();
    }

    private static readonly string[] Names =
    [
        "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "TAB", "LF", "VT", "FF", "CR", "SO", "SI",
        "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US",
    ];
}
