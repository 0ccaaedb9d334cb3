using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;
using B2BRules.Sdk.Tenants;

namespace B2BRules.Plugins.DirectoryRules;

/// <summary>
/// B2B0011: the tenant's collaboration restrictions refuse the invitee's domain: it is on the deny list, or not on the
/// allow list. The lists come from the tenant snapshot, else from <c>policy.collaborationRestrictions</c> (Graph serves
/// them in beta only). A domain is on a list only when listed itself: Microsoft documents no subdomain coverage.
/// </summary>
[InvitationRule]
public sealed class B2B0011CollaborationRestrictions : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.CreateOffByDefault(
        "B2B0011",
        "Invitee's domain is refused by the tenant's collaboration restrictions",
        "'{0}': the tenant's collaboration restrictions {1} ({2}); the invitation fails with a blocked-domain message",
        "Directory",
        Severity.Error,
        "A tenant keeps an allow list or a deny list of domains (External collaboration settings). Invitations to a domain " +
        "on the deny list, or not on the allow list, fail. Read from the tenant snapshot, else policy.collaborationRestrictions.",
        RuleScope.Row,
        "directory",
        "tenant-snapshot");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterBatchStartAction(start =>
        {
            var policy = start.Batch.Policy;
            var (restrictions, source) = policy.Tenant is { } tenant && tenant.Knows(TenantFact.CollaborationRestrictions)
                ? (tenant.CollaborationRestrictions, tenant.Source)
                : (policy.CollaborationRestrictions, "policy.collaborationRestrictions");
            if (restrictions is null || restrictions.Mode is not (RestrictionMode.Allow or RestrictionMode.Deny))
            {
                return;
            }

            start.RegisterRowAction(row =>
            {
                if (SnapshotFacts.DomainOf(row.Row) is { } domain && restrictions.Refuses(domain))
                {
                    var why = restrictions.Mode == RestrictionMode.Deny
                        ? $"deny invitations to {domain}"
                        : $"allow invitations only to {Listed(restrictions.Domains)}, not {domain}";
                    SnapshotFacts.ReportOnEmail(row, Rule, why, source);
                }
            });
        });
    }

    private static string Listed(IReadOnlyList<string> domains) =>
        domains.Count <= 3 ? string.Join(", ", domains) : $"{string.Join(", ", domains.Take(3))} and {domains.Count - 3} more";
}
