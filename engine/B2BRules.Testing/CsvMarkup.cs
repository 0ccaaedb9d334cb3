using System.Text;
using B2BRules.Sdk;

namespace B2BRules.Testing;

/// <summary>
/// CSV text with expected findings marked in place, Roslyn-style: <c>{|B2B0001:walter@gmail.com|}</c> marks a cell (its
/// raw text, quotes included), <c>{|B2B0005:|}</c> an empty span. The markup is stripped before the CSV is read.
/// </summary>
public sealed class CsvMarkup
{
    private CsvMarkup(string text, IReadOnlyList<ExpectedDiagnostic> expected)
    {
        Text = text;
        Expected = expected;
    }

    /// <summary>The CSV without markup.</summary>
    public string Text { get; }

    /// <summary>The marked findings, in order.</summary>
    public IReadOnlyList<ExpectedDiagnostic> Expected { get; }

    /// <summary>Reads markup: <c>{|ID:text|}</c> marks the raw text of a cell (quotes included) as expected to be reported by ID.</summary>
    /// <param name="markup">CSV text with marks.</param>
    /// <returns>The CSV without marks, and the expected findings with their exact regions.</returns>
    public static CsvMarkup Parse(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var text = new StringBuilder(markup.Length);
        var expected = new List<ExpectedDiagnostic>();
        var open = new Stack<(string Id, int Line, int Column)>();
        int line = 1, column = 1;
        for (var i = 0; i < markup.Length; i++)
        {
            if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|')
            {
                var colon = markup.IndexOf(':', i + 2);
                open.Push((markup[(i + 2)..colon], line, column));
                i = colon;
                continue;
            }

            if (markup[i] == '|' && i + 1 < markup.Length && markup[i + 1] == '}' && open.Count > 0)
            {
                var (id, startLine, startColumn) = open.Pop();
                expected.Add(new ExpectedDiagnostic(id, startLine, startColumn, line, column));
                i++;
                continue;
            }

            text.Append(markup[i]);
            if (markup[i] == '\n')
            {
                line++;
                column = 1;
            }
            else if (markup[i] != '\r')
            {
                column++;
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException($"Markup {{|{open.Peek().Id}: opened at line {open.Peek().Line} is never closed with |}}.");
        }

        return new CsvMarkup(text.ToString(), [.. expected.OrderBy(e => e.StartLine).ThenBy(e => e.StartColumn).ThenBy(e => e.Id, StringComparer.Ordinal)]);
    }
}

/// <summary>A finding a test expects: rule ID and region.</summary>
/// <param name="Id">The rule ID.</param>
/// <param name="StartLine">The 1-based physical line the region starts on.</param>
/// <param name="StartColumn">The 1-based column the region starts at (UTF-16 code units).</param>
/// <param name="EndLine">The line the region ends on.</param>
/// <param name="EndColumn">The column just past the region's end.</param>
public sealed record ExpectedDiagnostic(string Id, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The ID and region of an actual finding, for comparison.</summary>
    /// <param name="diagnostic">The finding.</param>
    /// <returns>Its expectation.</returns>
    public static ExpectedDiagnostic From(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var l = diagnostic.Location;
        return new(diagnostic.Id, l.StartLine, l.StartColumn, l.EndLine, l.EndColumn);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} at ({StartLine},{StartColumn})-({EndLine},{EndColumn})";
}
