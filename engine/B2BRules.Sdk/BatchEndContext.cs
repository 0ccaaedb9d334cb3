namespace B2BRules.Sdk;

/// <summary>The end of one batch, after its last row.</summary>
public sealed class BatchEndContext
{
    private readonly Action<Diagnostic> _report;

    /// <summary>Creates the context.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="rowCount">How many invitee rows the batch had.</param>
    /// <param name="options">The rule's options.</param>
    /// <param name="report">Where findings go.</param>
    /// <param name="cancellationToken">Cancelled when the run stops.</param>
    public BatchEndContext(Batch batch, int rowCount, RuleOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        Batch = batch;
        RowCount = rowCount;
        Options = options;
        _report = report;
        CancellationToken = cancellationToken;
    }

    /// <summary>The batch.</summary>
    public Batch Batch { get; }

    /// <summary>How many invitee rows the batch had.</summary>
    public int RowCount { get; }

    /// <summary>The rule's options from rules.yaml.</summary>
    public RuleOptions Options { get; }

    /// <summary>Cancelled when the run stops.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Reports a finding.</summary>
    /// <param name="diagnostic">The finding.</param>
    public void Report(Diagnostic diagnostic) => _report(diagnostic);
}
