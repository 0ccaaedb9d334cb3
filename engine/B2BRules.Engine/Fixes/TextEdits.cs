using B2BRules.BuiltIn;
using B2BRules.Sdk.Fixes;

namespace B2BRules.Engine.Fixes;

/// <summary>Applies cell replacements and row deletions to CSV text, bottom-up, so earlier places stay valid.</summary>
internal static class TextEdits
{
    /// <summary>The text's lines, each with its line break.</summary>
    public static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    public static string Apply(string text, IReadOnlyList<FixEdit> edits)
    {
        var lines = Lines(text);
        var deleted = edits.OfType<DeleteRow>().SelectMany(d => Enumerable.Range(d.Record.StartLine, d.Record.EndLine - d.Record.StartLine + 1)).ToHashSet();
        foreach (var edit in edits.OfType<ReplaceCell>()
                     .Where(e => e.Cell.StartLine == e.Cell.EndLine && !deleted.Contains(e.Cell.StartLine))
                     .OrderByDescending(e => e.Cell.StartLine).ThenByDescending(e => e.Cell.StartColumn)
                     .DistinctBy(e => (e.Cell.StartLine, e.Cell.StartColumn)))
        {
            var line = lines[edit.Cell.StartLine - 1];
            lines[edit.Cell.StartLine - 1] = line[..(edit.Cell.StartColumn - 1)] + CsvText.Cell(edit.NewValue) + line[(edit.Cell.EndColumn - 1)..];
        }

        return string.Concat(lines.Where((_, index) => !deleted.Contains(index + 1)));
    }
}
