namespace B2BRules.Sdk.Adapters;

/// <summary>What an adapter does with one row, decided from its findings (docs/adapters.md, the plan).</summary>
public enum RowDecision
{
    /// <summary>No finding stands in the way: invite.</summary>
    Send = 0,

    /// <summary>A warning: held back by <c>policy.adapters.onWarning: hold</c> (the default) for a person to decide.</summary>
    Hold = 1,

    /// <summary>An error on the row: never sent.</summary>
    Skip = 2,
}
