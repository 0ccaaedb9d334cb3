namespace B2BRules.Sdk;

/// <summary>The start of one batch. State captured here lives exactly as long as the batch.</summary>
public abstract class BatchStartContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="batch">The batch about to be read.</param>
    /// <param name="options">The rule's options from rules.yaml.</param>
    /// <param name="cancellationToken">Cancelled when the run stops.</param>
    protected BatchStartContext(Batch batch, RuleOptions options, CancellationToken cancellationToken)
    {
        Batch = batch;
        Options = options;
        CancellationToken = cancellationToken;
    }

    /// <summary>The batch.</summary>
    public Batch Batch { get; }

    /// <summary>The rule's options from rules.yaml.</summary>
    public RuleOptions Options { get; }

    /// <summary>Cancelled when the run stops.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Reports a finding.</summary>
    /// <param name="diagnostic">The finding.</param>
    public abstract void Report(Diagnostic diagnostic);

    /// <summary>Registers an action for each row of this batch only.</summary>
    /// <param name="action">The action.</param>
    public abstract void RegisterRowAction(Action<RowContext> action);

    /// <summary>Registers an action run once after the last row of this batch.</summary>
    /// <param name="action">The action.</param>
    public abstract void RegisterBatchEndAction(Action<BatchEndContext> action);
}
