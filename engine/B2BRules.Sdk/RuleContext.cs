namespace B2BRules.Sdk;

/// <summary>Given to <see cref="InvitationRule.Initialize"/> to register the rule's actions.</summary>
public abstract class RuleContext
{
    /// <summary>Registers an action run for every invitee row of every batch, in file order.</summary>
    /// <param name="action">The action.</param>
    public abstract void RegisterRowAction(Action<RowContext> action);

    /// <summary>Registers an action run once at the start of every batch, before its rows.</summary>
    /// <param name="action">The action; it may register row and batch-end actions that share its state.</param>
    public abstract void RegisterBatchStartAction(Action<BatchStartContext> action);
}
