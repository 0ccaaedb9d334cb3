using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;
using B2BRules.Sdk.Tenants;

namespace B2BRules.Plugins.DirectoryRules;

/// <summary>
/// B2B0012: the tenant's inbound cross-tenant access settings block B2B collaboration with the partner tenant behind the
/// invitee's domain: the partner's own entry if it has one, else the default. Consumer domains have no tenant and are not
/// concerned; a domain the snapshot did not resolve is B2B0013's.
/// </summary>
[InvitationRule]
public sealed class B2B0012CrossTenantAccessBlocked : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.CreateOffByDefault(
        "B2B0012",
        "Cross-tenant access settings block the partner's tenant",
        "'{0}': the tenant's cross-tenant access settings {1} for {2}'s tenant {3} ({4}; {5}); the invitation is blocked",
        "Directory",
        Severity.Error,
        "Inbound B2B collaboration settings decide which external Microsoft Entra organizations' users may be invited: " +
        "'Block access' blocks them from being invited, and allowing only selected users and groups blocks the others. " +
        "Needs a tenant snapshot pulled with --for the batch, which resolves each domain to its tenant.",
        RuleScope.Row,
        "directory",
        "tenant-snapshot");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context) =>
        SnapshotFacts.OnRowsWhenKnown(context, TenantFact.CrossTenantAccess, tenant => row =>
        {
            if (SnapshotFacts.DomainOf(row.Row) is not { } domain || tenant.PartnerOf(domain) is not { Status: PartnerStatus.Tenant, TenantId: { } partner })
            {
                return;
            }

            var inbound = tenant.InboundFor(partner);
            var verdict = inbound.B2BCollaboration switch
            {
                InboundAccess.Blocked => "block inbound B2B collaboration",
                InboundAccess.AllowedForSelected => "allow inbound B2B collaboration only for selected users and groups",
                _ => null,
            };
            if (verdict is not null)
            {
                SnapshotFacts.ReportOnEmail(row, Rule, verdict, domain, partner,
                    inbound.FromPartnerEntry ? "the partner's own entry" : "the default settings", tenant.Source);
            }
        });
}
