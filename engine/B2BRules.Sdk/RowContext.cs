namespace B2BRules.Sdk;

/// <summary>
/// One invitee row, as seen by a row action. Like Roslyn's analysis contexts, a context is valid only during the call
/// it is passed to: the engine reuses it for the rule's next row, so keep the row's values, never the context.
/// </summary>
public sealed class RowContext
{
    private readonly Action<Diagnostic> _report;

    /// <summary>Creates the context.</summary>
    /// <param name="row">The row.</param>
    /// <param name="options">The rule's options.</param>
    /// <param name="report">Where findings go.</param>
    /// <param name="cancellationToken">Cancelled when the run stops.</param>
    public RowContext(InvitationRow row, RuleOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        Row = row;
        Options = options;
        _report = report;
        CancellationToken = cancellationToken;
    }

    /// <summary>The batch the row belongs to.</summary>
    public Batch Batch => Row.Batch;

    /// <summary>The row.</summary>
    public InvitationRow Row { get; private set; }

    /// <summary>The rule's options from rules.yaml.</summary>
    public RuleOptions Options { get; }

    /// <summary>Cancelled when the run stops.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Points the context at the next row (the engine reuses one context per rule and batch).</summary>
    internal void MoveTo(InvitationRow row) => Row = row;

    /// <summary>Reports a finding.</summary>
    /// <param name="diagnostic">The finding.</param>
    public void Report(Diagnostic diagnostic) => _report(diagnostic);
}
