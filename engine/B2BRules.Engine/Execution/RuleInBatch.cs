using System.Text.RegularExpressions;
using B2BRules.Engine.Configuration;
using B2BRules.Sdk;

namespace B2BRules.Engine.Execution;

/// <summary>
/// One rule's actions and state for one batch: timed and guarded calls, quarantine, refused descriptors, unread options.
/// Start, Visit and End return false when the worker running them has been abandoned and must stop.
/// </summary>
internal sealed class RuleInBatch(RegisteredRule rule, BatchRun run, RuleOptions options, Watchdog watchdog, RunQuarantine quarantine, CancellationToken cancellationToken)
{
    private readonly List<Action<RowContext>> _rowActions = [.. rule.RowActions];
    private readonly List<Action<BatchEndContext>> _endActions = [];
    private readonly HashSet<string> _undeclaredReported = [];
    private RowContext? _rowContext;
    private bool _quarantined;

    private bool Quarantined => _quarantined || quarantine.Contains(rule);

    public bool Start(Batch batch)
    {
        var context = new StartContext(batch, options, Report, _rowActions, _endActions, cancellationToken);
        return GuardAll(rule.StartActions, context, null);
    }

    public bool Visit(InvitationRow row)
    {
        if (_rowActions.Count == 0 || Quarantined)
        {
            return true;
        }

        if (_rowContext is null)
        {
            _rowContext = new RowContext(row, options, Report, cancellationToken);
        }
        else
        {
            _rowContext.MoveTo(row); // one context per rule and batch, not one per row
        }

        return GuardAll(_rowActions, _rowContext, row);
    }

    public bool End(Batch batch, int rowCount)
    {
        var context = new BatchEndContext(batch, rowCount, options, Report, cancellationToken);
        return GuardAll(_endActions, context, null);
    }

    /// <summary>How console text written during this rule's calls is attributed.</summary>
    public string DisplayName => rule.DisplayName;

    /// <summary>Called by the watchdog: the call on <paramref name="row"/> overran; the rule sits out the rest of the run.</summary>
    public void TimedOut(InvitationRow? row)
    {
        _quarantined = true;
        quarantine.Add(rule);
        lock (run.TimedOut)
        {
            run.TimedOut.Add(rule);
        }

        run.AddNotification(new ToolNotification(ToolNotifications.RuleTimedOut,
            $"{rule.DisplayName} took longer than {watchdog.Budget.TotalSeconds:0.###} s {Where(row)}. The rule is quarantined for the rest of the run; its earlier findings stay.",
            row?.Location, Severity.Error, NotificationKind.Execution, rule.SupportedIds.Order(StringComparer.Ordinal).FirstOrDefault()));
    }

    /// <summary>Options in rules.yaml that the rule never asked for are most likely misspelt: say so, with a suggestion.</summary>
    public void ReportUnreadOptions()
    {
        if (Quarantined)
        {
            return;
        }

        var asked = options.AskedNames;
        foreach (var name in options.Names.Where(n => !asked.Contains(n, StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
        {
            options.TryGetValue(name, out var value);
            run.AddNotification(new ToolNotification(ToolNotifications.ConfigurationInvalid,
                $"Option '{name}' is not read by {rule.DisplayName}{Suggest.Nearest(name, asked)}; the setting has no effect.",
                value.Source, Severity.Warning, NotificationKind.Configuration, rule.SupportedIds.Order(StringComparer.Ordinal).FirstOrDefault()));
        }
    }

    private void Report(Diagnostic diagnostic)
    {
        if (Quarantined || watchdog.IsAbandonedThread)
        {
            return; // late reports of an abandoned call are ignored
        }

        if (!rule.SupportedIds.Contains(diagnostic.Id))
        {
            if (_undeclaredReported.Add(diagnostic.Id))
            {
                run.AddNotification(new ToolNotification(ToolNotifications.UndeclaredDescriptor,
                    $"{rule.DisplayName} reported {diagnostic.Id}, which is not in its SupportedRules; those findings are not reported.",
                    diagnostic.Location, Severity.Warning, NotificationKind.Execution, diagnostic.Id));
            }

            return;
        }

        run.Accept(diagnostic);
    }

    // Loops rather than LINQ and closures: this runs for every rule on every row.
    private bool GuardAll<TContext>(IReadOnlyList<Action<TContext>> actions, TContext context, InvitationRow? row)
    {
        for (var i = 0; i < actions.Count; i++)
        {
            if (!Guard(actions[i], context, row))
            {
                return false;
            }
        }

        return true;
    }

    private bool Guard<TContext>(Action<TContext> action, TContext context, InvitationRow? row)
    {
        if (Quarantined)
        {
            return true;
        }

        if (!watchdog.Enter(this, row))
        {
            return false;
        }

        try
        {
            action(context); // console text is attributed through the watchdog (see BatchRunner)
        }
        catch (Exception e) when (e is not OperationCanceledException && watchdog.IsAbandonedThread)
        {
            return false; // the watchdog already gave up on this call
        }
        catch (RuleOptionException e)
        {
            _quarantined = true;
            run.AddNotification(new ToolNotification(ToolNotifications.ConfigurationInvalid,
                $"{rule.DisplayName}: {e.Message}", e.Source, Severity.Error, NotificationKind.Configuration, rule.SupportedIds.FirstOrDefault()));
        }
        catch (RegexMatchTimeoutException e)
        {
            _quarantined = true;
            run.AddNotification(new ToolNotification(ToolNotifications.RegexTimedOut,
                $"{rule.DisplayName}: the pattern '{e.Pattern}' took longer than {e.MatchTimeout.TotalMilliseconds:0} ms {Where(row)}. The rule is quarantined for the rest of this batch.",
                row?.Location, Severity.Error, NotificationKind.Execution, rule.SupportedIds.Order(StringComparer.Ordinal).FirstOrDefault()));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _quarantined = true;
            run.AddNotification(new ToolNotification(ToolNotifications.RuleThrew,
                $"{rule.DisplayName} threw {e.GetType().Name} {Where(row)}: {e.Message}. The rule is quarantined for the rest of this batch; its earlier findings stay.",
                row?.Location, Severity.Error, NotificationKind.Execution, rule.SupportedIds.Order(StringComparer.Ordinal).FirstOrDefault()));
        }

        return watchdog.Exit();
    }

    private static string Where(InvitationRow? row) =>
        row is null ? "at the start or end of the batch" : $"on record {row.RecordNumber} (line {row.LineNumber})";
}

/// <summary>The SDK's batch-start context, wired to one rule's registrations.</summary>
internal sealed class StartContext(
    Batch batch,
    RuleOptions options,
    Action<Diagnostic> report,
    List<Action<RowContext>> rowActions,
    List<Action<BatchEndContext>> endActions,
    CancellationToken cancellationToken)
    : BatchStartContext(batch, options, cancellationToken)
{
    public override void Report(Diagnostic diagnostic) => report(diagnostic);

    public override void RegisterRowAction(Action<RowContext> action) => rowActions.Add(action);

    public override void RegisterBatchEndAction(Action<BatchEndContext> action) => endActions.Add(action);
}
