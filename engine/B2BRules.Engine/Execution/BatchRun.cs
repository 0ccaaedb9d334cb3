using B2BRules.Engine.Configuration;
using B2BRules.Engine.Findings;
using B2BRules.Sdk;

namespace B2BRules.Engine.Execution;

/// <summary>
/// The findings of one batch as they are reported: each rule's configured level applied, and the cell and invitee of
/// the row being visited noted beside each finding.
/// </summary>
internal sealed class BatchRun(FileSettings settings, Fixes.FixCatalog fixCatalog)
{
    public FindingTable Findings { get; } = new();

    public List<ToolNotification> Notifications { get; } = [];

    /// <summary>Rules abandoned for overrunning their budget in this batch (quarantined for the rest of the run).</summary>
    public List<RegisteredRule> TimedOut { get; } = [];

    /// <summary>Adds a tool notification (thread-safe: the watchdog adds from its own thread).</summary>
    public void AddNotification(ToolNotification notification)
    {
        lock (Notifications)
        {
            Notifications.Add(notification);
        }
    }

    /// <summary>The row whose actions are running; findings reported meanwhile belong to it.</summary>
    public InvitationRow? CurrentRow { get; set; }

    public void Accept(Diagnostic diagnostic)
    {
        var level = settings.ConfiguredLevel(diagnostic.Id);
        if (level == RuleLevel.Off || (level is null && !diagnostic.Descriptor.IsEnabledByDefault))
        {
            return;
        }

        var configured = level is { } l ? diagnostic.WithSeverity(RuleLevels.ToSeverity(l)) : diagnostic;
        var fixes = fixCatalog.ForCheck(configured, CurrentRow, settings.Policy, AddNotification);
        lock (Findings)
        {
            Findings.Add(configured, CellValue(diagnostic.Location), CurrentRow?.Email.Trim(), fixes);
        }
    }

    private string? CellValue(Location location)
    {
        if (CurrentRow is not { } row || location.ColumnKey is null)
        {
            return null;
        }

        for (var i = 0; i < row.CellCount; i++)
        {
            var span = row.SpanAt(i);
            if (span.StartLine == location.StartLine && span.StartColumn == location.StartColumn)
            {
                return row.CellAt(i);
            }
        }

        return null;
    }
}
