using B2BRules.Sdk;
using B2BRules.Sdk.Tenants;

namespace B2BRules.Plugins.DirectoryRules;

/// <summary>What the directory rules share.</summary>
internal static class SnapshotFacts
{
    /// <summary>The invitee's domain, lower-case, or null when the address has none.</summary>
    public static string? DomainOf(InvitationRow row) => EmailAddress.DomainOf(row.Email)?.ToLowerInvariant();

    /// <summary>
    /// Runs a row action on the batches whose tenant snapshot knows <paramref name="fact"/>: without a snapshot, or with
    /// one that lacks the fact, the rule says nothing (B2B0013 says once what could not be judged). The action is made
    /// once per batch from the snapshot, so per-batch work (a domain set) happens once.
    /// </summary>
    public static void OnRowsWhenKnown(RuleContext context, TenantFact fact, Func<TenantSnapshot, Action<RowContext>> rowAction)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterBatchStartAction(start =>
        {
            if (start.Batch.Policy.Tenant is { } tenant && tenant.Knows(fact))
            {
                start.RegisterRowAction(rowAction(tenant));
            }
        });
    }

    /// <summary>Reports on the invitee's email cell; the message's first argument is the trimmed address.</summary>
    public static void ReportOnEmail(RowContext row, RuleDescriptor rule, params object?[] more) =>
        row.Report(Diagnostic.Create(rule, row.Row.LocationOf(ColumnKeys.Email), [row.Row.Email.Trim(), .. more]));
}
