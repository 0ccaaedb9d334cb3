using System.Collections.Immutable;

namespace B2BRules.Sdk.Adapters;

/// <summary>
/// Acts on a checked batch: sends, writes or exports the rows its plan allows. Adapters never re-run rules; they act
/// on the diagnostics. Mark subclasses with <see cref="InvitationAdapterAttribute"/>; the engine creates them.
/// </summary>
public abstract class InvitationAdapter
{
    /// <summary>The name used with <c>apply --adapter NAME</c>.</summary>
    public abstract string Name { get; }

    /// <summary>How this adapter's invitations reach the service; rules judge the inviter for this route (B2B0005).</summary>
    public virtual InvitationRoute Route => InvitationRoute.Upload;

    /// <summary>Batch-scoped rules this adapter deals with itself instead of refusing the batch (entra-csv splits on B2B0003).</summary>
    public virtual ImmutableArray<string> HandledBatchRuleIds => [];

    /// <summary>Whether the adapter may act under a policy (the graph adapter refuses the 2016 preview, which took CSV only).</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>Null when allowed, else why not.</returns>
    public virtual string? Refuses(Policy policy) => null;

    /// <summary>Acts on one planned batch.</summary>
    /// <param name="context">The batch, its plan and settings.</param>
    /// <param name="cancellationToken">Cancelled when the run stops.</param>
    /// <returns>What was done.</returns>
    public abstract Task<AdapterResult> ExecuteAsync(AdapterContext context, CancellationToken cancellationToken);
}

/// <summary>Marks an <see cref="InvitationAdapter"/> subclass for discovery when its plugin assembly loads.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class InvitationAdapterAttribute : Attribute
{
}

/// <summary>What an adapter did with one batch.</summary>
/// <param name="Sent">Rows sent (or written for upload).</param>
/// <param name="Held">Rows held for a person to decide.</param>
/// <param name="Skipped">Rows left out because of errors.</param>
/// <param name="Failed">Rows the target refused.</param>
/// <param name="StoppedBecause">Why the adapter stopped before finishing (blocked, unauthorised, throttled past its patience), or null.</param>
/// <param name="Files">Files written.</param>
public sealed record AdapterResult(int Sent, int Held, int Skipped, int Failed, string? StoppedBecause, IReadOnlyList<string> Files);
