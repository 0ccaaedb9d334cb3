using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;
using B2BRules.Sdk.Tenants;

namespace B2BRules.Plugins.DirectoryRules;

/// <summary>
/// B2B0010: the invitee's domain is one of the tenant's verified domains, or below one (a subdomain of a verified domain
/// counts too, unless the tenant lists that subdomain itself as unverified). Such addresses are the tenant's own users.
/// </summary>
[InvitationRule]
public sealed class B2B0010OwnVerifiedDomain : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.CreateOffByDefault(
        "B2B0010",
        "Invitee's domain is a verified domain of the tenant",
        "'{0}' is in {1} ({2}): the tenant's own users are not invited as guests",
        "Directory",
        Severity.Error,
        "Microsoft's invitation guidance is to make sure the invitee's email domain is not one of the resource tenant's " +
        "verified domains: such an address belongs to the tenant's own users. Needs a tenant snapshot.",
        RuleScope.Row,
        "directory",
        "tenant-snapshot");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context) =>
        SnapshotFacts.OnRowsWhenKnown(context, TenantFact.Domains, tenant =>
        {
            var verified = tenant.Domains.Where(d => d.IsVerified).Select(d => d.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var unverified = tenant.Domains.Where(d => !d.IsVerified).Select(d => d.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return row =>
            {
                if (SnapshotFacts.DomainOf(row.Row) is { } domain && Own(domain, verified, unverified) is { } why)
                {
                    SnapshotFacts.ReportOnEmail(row, Rule, why, tenant.Source);
                }
            };
        });

    /// <summary>"contoso.com, a verified domain of the tenant" or "eu.contoso.com, below the verified domain contoso.com"; null when external.</summary>
    private static string? Own(string domain, HashSet<string> verified, HashSet<string> unverified)
    {
        if (verified.Contains(domain))
        {
            return $"{domain}, a verified domain of the tenant";
        }

        if (unverified.Contains(domain))
        {
            return null;
        }

        for (var dot = domain.IndexOf('.', StringComparison.Ordinal); dot >= 0; dot = domain.IndexOf('.', dot + 1))
        {
            var parent = domain[(dot + 1)..];
            if (verified.Contains(parent))
            {
                return $"{domain}, below the verified domain {parent}";
            }
        }

        return null;
    }
}
