namespace B2BRules.Sdk;

/// <summary>What a rule's finding is about, which tells adapters what to leave out.</summary>
public enum RuleScope
{
    /// <summary>The finding concerns one invitee row: an adapter skips or holds that row only.</summary>
    Row = 0,

    /// <summary>The finding concerns the batch as a whole: an adapter refuses or splits the whole batch.</summary>
    Batch = 1,
}
