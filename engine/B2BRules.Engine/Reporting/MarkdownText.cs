using System.Text;
using System.Text.RegularExpressions;

namespace B2BRules.Engine.Reporting;

/// <summary>
/// Text made safe for the Markdown b2brules writes for CI pages (job summaries, <c>rules diff</c>): table cells that
/// stay one cell, no HTML or emphasis from batch content, and no autolinks — an invitee's address would otherwise
/// become a mailto: link on the page. Quoted values in messages ('…') become code spans, which are never linked.
/// </summary>
internal static partial class MarkdownText
{
    /// <summary>Plain text for a table cell: HTML, emphasis, links and pipes escaped, line breaks flattened.</summary>
    public static string Cell(string text)
    {
        var cell = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => cell.Append("&amp;"),
                '<' => cell.Append("&lt;"),
                '>' => cell.Append("&gt;"),
                '\r' or '\n' => cell.Append(' '),
                '|' or '*' or '_' or '`' or '[' or ']' or '\\' or '~' => cell.Append('\\').Append(c),
                _ => cell.Append(c),
            };
        }

        return cell.ToString();
    }

    /// <summary>A finding's message for a table cell: each quoted value a code span, the rest <see cref="Cell"/>.</summary>
    public static string Message(string message)
    {
        var result = new StringBuilder(message.Length + 16);
        var last = 0;
        foreach (Match quoted in QuotedValue().Matches(message))
        {
            result.Append(Cell(message[last..quoted.Index]));
            var value = quoted.Groups[1].Value.Replace('`', '\'').Replace("|", "\\|", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ');
            // A code span keeps the value's spaces (padding is often the point of the finding) when it is fenced by one
            // more space on each side than it starts or ends with.
            result.Append("` ").Append(value).Append(" `");
            last = quoted.Index + quoted.Length;
        }

        return result.Append(Cell(message[last..])).ToString();
    }

    /// <summary>'value' where the quote opens after a space, bracket or the start and closes before punctuation or the end.</summary>
    [GeneratedRegex(@"(?<=^|[\s(])'([^']*)'(?=$|[\s,.;:)])")]
    private static partial Regex QuotedValue();
}
