using B2BRules.Engine.Execution;
using B2BRules.Engine.Input;
using B2BRules.Sdk;

namespace B2BRules.Engine.Reporting;

/// <summary>
/// The invitee rows a report shows beside its findings, read again from the batch: only the lines asked for are kept,
/// so showing rows costs memory for the findings, not for the batch.
/// </summary>
internal static class BatchRows
{
    public static IReadOnlyDictionary<int, InvitationRow> None { get; } = new Dictionary<int, InvitationRow>();

    /// <summary>The rows starting on the given lines (by line); a batch that cannot be read again gives none.</summary>
    public static IReadOnlyDictionary<int, InvitationRow> Read(BatchResult batch, IEnumerable<int> lines)
    {
        var wanted = lines.ToHashSet();
        var rows = new Dictionary<int, InvitationRow>();
        if (wanted.Count == 0 || !File.Exists(batch.FullPath))
        {
            return rows;
        }

        using var reader = CsvBatchReader.Open(batch.FullPath, batch.FilePath, _ => { });
        if (reader.ReadHeader(Policy.Default) is null)
        {
            return rows;
        }

        foreach (var row in reader.ReadRows())
        {
            if (wanted.Contains(row.LineNumber))
            {
                rows[row.LineNumber] = row;
            }
        }

        return rows;
    }
}
