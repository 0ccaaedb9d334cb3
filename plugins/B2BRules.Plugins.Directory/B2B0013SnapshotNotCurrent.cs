using System.Collections.Immutable;
using System.Globalization;
using B2BRules.BuiltIn;
using B2BRules.Sdk;
using B2BRules.Sdk.Tenants;

namespace B2BRules.Plugins.DirectoryRules;

/// <summary>
/// B2B0013: the tenant snapshot cannot be trusted for this batch: it is for another tenant than <c>policy.tenant.id</c>,
/// older than <c>policy.tenant.maxAgeDays</c> (default 7), lacks facts the directory rules need (Graph refused them),
/// or did not resolve some of the batch's invitee domains to their tenants. Once per batch and cause, on the header line.
/// </summary>
[InvitationRule]
public sealed class B2B0013SnapshotNotCurrent : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.CreateOffByDefault(
        "B2B0013",
        "Tenant snapshot is stale, incomplete or for another tenant",
        "The tenant snapshot {0} is for tenant {1}, but policy.tenant.id is {2}: the directory rules judge this batch against the wrong tenant",
        "Directory",
        Severity.Warning,
        "The directory rules are only as good as the snapshot: one for another tenant, older than policy.tenant.maxAgeDays, " +
        "missing facts Graph refused, or without the partner tenants of the batch's domains, judges the batch wrongly or not at all.",
        RuleScope.Batch,
        "directory",
        "tenant-snapshot");

    public static readonly RuleDescriptor Stale = BuiltInDescriptor.WithMessage(Rule,
        "The tenant snapshot {0} was {1}, more than {2} day(s) ago (policy.tenant.maxAgeDays): pull it again before trusting the directory rules");

    public static readonly RuleDescriptor MissingFacts = BuiltInDescriptor.WithMessage(Rule,
        "The tenant snapshot {0} does not hold {1} ({2}): {3} cannot judge this batch");

    public static readonly RuleDescriptor UnresolvedDomains = BuiltInDescriptor.WithMessage(Rule,
        "The tenant snapshot {0} has no partner tenant for {1} invitee domain(s) of this batch ({2}): B2B0012 and B2B0004 cannot judge them; pull again with --for this batch");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule, Stale, MissingFacts, UnresolvedDomains];

    private static readonly (TenantFact Fact, string Name, string Rules)[] Needed =
    [
        (TenantFact.Users, "the directory's users", "B2B0008 and B2B0009"),
        (TenantFact.Domains, "the tenant's domains", "B2B0010"),
        (TenantFact.CollaborationRestrictions, "the collaboration restrictions", "B2B0011"),
        (TenantFact.CrossTenantAccess, "the cross-tenant access settings", "B2B0012 and B2B0004"),
        (TenantFact.AllowInvitesFrom, "who may invite (allowInvitesFrom)", "B2B0005 on the graph route"),
    ];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterBatchStartAction(start =>
        {
            var policy = start.Batch.Policy;
            if (policy.Tenant is not { } tenant)
            {
                return;
            }

            var domains = new SortedSet<string>(StringComparer.Ordinal);
            start.RegisterRowAction(row =>
            {
                if (SnapshotFacts.DomainOf(row.Row) is { } domain && tenant.PartnerOf(domain).Status == PartnerStatus.NotResolved)
                {
                    domains.Add(domain);
                }
            });
            start.RegisterBatchEndAction(end =>
            {
                if (end.RowCount == 0)
                {
                    return;
                }

                foreach (var finding in Findings(tenant, policy, domains, end.Batch.Location))
                {
                    end.Report(finding);
                }
            });
        });
    }

    private static IEnumerable<Diagnostic> Findings(TenantSnapshot tenant, Policy policy, SortedSet<string> unresolved, Location where)
    {
        if (policy.Snapshot.TenantId is { } expected && !string.Equals(expected, tenant.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            yield return Diagnostic.Create(Rule, where, tenant.FileName, tenant.TenantId, expected);
        }

        if (DateTimeOffset.UtcNow - tenant.TakenAt > TimeSpan.FromDays(policy.Snapshot.MaxAgeDays))
        {
            yield return Diagnostic.Create(Stale, where, tenant.FileName, tenant.Provenance, policy.Snapshot.MaxAgeDays);
        }

        foreach (var (fact, name, rules) in Needed.Where(n => !tenant.Knows(n.Fact)))
        {
            // Restrictions stated in the policy stand in for the ones Graph would not give.
            if (fact != TenantFact.CollaborationRestrictions || policy.CollaborationRestrictions is null)
            {
                yield return Diagnostic.Create(MissingFacts, where, tenant.FileName, name, tenant.Origin == SnapshotOrigin.Pulled ? "Graph did not give it" : "the import did not state it", rules);
            }
        }

        if (unresolved.Count > 0)
        {
            var listed = string.Join(", ", unresolved.Take(5)) + (unresolved.Count > 5 ? string.Create(CultureInfo.InvariantCulture, $" and {unresolved.Count - 5} more") : string.Empty);
            yield return Diagnostic.Create(UnresolvedDomains, where, tenant.FileName, unresolved.Count, listed);
        }
    }
}
