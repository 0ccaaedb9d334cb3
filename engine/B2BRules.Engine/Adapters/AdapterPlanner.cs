using B2BRules.Engine.Execution;
using B2BRules.Engine.Input;
using B2BRules.Sdk;
using B2BRules.Sdk.Adapters;

namespace B2BRules.Engine.Adapters;

/// <summary>
/// Turns a checked batch into an adapter's plan (docs/adapters.md, the plan): a row with an error is skipped; a row with a warning is
/// held unless <c>policy.adapters.onWarning</c> is <c>send</c>; a row whose invitee is already a guest (B2B0009) is held
/// whatever onWarning says, unless <c>apply --resend</c>; a batch-scoped error the adapter does not handle refuses the
/// whole batch; records that could not be read are never sent. Suppressed findings do not count.
/// </summary>
public static class AdapterPlanner
{
    /// <summary>The rule whose rows are held unless the user asks to send the invitation again.</summary>
    public const string AlreadyGuest = "B2B0009";

    public static AdapterContext Plan(
        BatchResult result, Policy policy, InvitationAdapter adapter, string outputDirectory, IReadOnlyDictionary<string, string> settings, TextWriter log,
        IProgress<(int Done, int Total)>? progress = null, bool resend = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(adapter);
        var findings = result.Findings.Where(f => !f.IsSuppressed).Select(f => f.Diagnostic).ToList();
        var batchFindings = findings.Where(d => d.Descriptor.Scope == RuleScope.Batch || d.Location.RecordNumber is null).ToList();
        var byRecord = findings.Except(batchFindings).GroupBy(d => d.Location.RecordNumber!.Value).ToDictionary(g => g.Key, g => g.ToList());
        var holdWarnings = !(policy.Raw.TryGetOptions("adapters", out var adapters) && adapters.GetString("onWarning", "hold") == "send");

        var rows = new List<PlannedRow>();
        using (var reader = CsvBatchReader.Open(result.FullPath, result.FilePath, _ => { }))
        {
            if (reader.ReadHeader(policy) is { } batch)
            {
                foreach (var row in reader.ReadRows())
                {
                    var rowFindings = byRecord.GetValueOrDefault(row.RecordNumber) ?? [];
                    rows.Add(new PlannedRow(row.RecordNumber, row.LineNumber, Cells(batch, row), Decide(rowFindings, holdWarnings, resend), rowFindings));
                }
            }
        }

        var readable = rows.Select(r => r.RecordNumber).ToHashSet();
        var unreadable = byRecord.Where(p => !readable.Contains(p.Key)).SelectMany(p => p.Value).ToList();
        var refusal = result.Format == BatchFormat.Unknown
            ? "the batch's format is not recognised"
            : batchFindings.Where(d => d.Severity == Severity.Error && !adapter.HandledBatchRuleIds.Contains(d.Id, StringComparer.OrdinalIgnoreCase))
                .Select(d => $"{d.Id}: {d.Message}")
                .FirstOrDefault();
        return new AdapterContext(result.FullPath, result.Format, policy, rows, unreadable, batchFindings, refusal, outputDirectory, settings, log)
        {
            Progress = progress,
        };
    }

    private static RowDecision Decide(List<Diagnostic> findings, bool holdWarnings, bool resend)
    {
        bool AlreadyAGuest(Diagnostic d) => string.Equals(d.Id, AlreadyGuest, StringComparison.OrdinalIgnoreCase);
        return findings.Any(d => d.Severity == Severity.Error) ? RowDecision.Skip
            : findings.Any(AlreadyAGuest) ? resend ? Decide([.. findings.Where(d => !AlreadyAGuest(d))], holdWarnings, resend) : RowDecision.Hold
            : holdWarnings && findings.Any(d => d.Severity == Severity.Warning) ? RowDecision.Hold
            : RowDecision.Send;
    }

    private static Dictionary<string, string> Cells(Batch batch, InvitationRow row)
    {
        var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in batch.Columns.Where(c => c.Key.Length > 0 && c.Index < row.CellCount))
        {
            cells.TryAdd(column.Key, row.CellAt(column.Index));
        }

        return cells;
    }
}
