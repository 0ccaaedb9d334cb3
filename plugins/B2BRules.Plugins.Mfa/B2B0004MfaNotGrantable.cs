using System.Collections.Frozen;
using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;
using B2BRules.Sdk.Tenants;

namespace B2BRules.Plugins.Mfa;

/// <summary>
/// B2B0004: the tenant requires MFA (<c>policy.mfa.required</c>) of an invitee whose partner is not in
/// <c>policy.mfa.trustedPartners</c>. In the 2016 preview such a guest could not be granted MFA at all. Today the
/// resource tenant enforces MFA itself and, by default, does not trust MFA done in the guest's home tenant, so the guest
/// registers and performs MFA again in this tenant unless cross-tenant access settings trust the partner's MFA. Under
/// <c>builtin:entra</c> with a tenant snapshot those settings decide, per partner tenant (the domain list is the fallback
/// for domains the snapshot did not resolve); a domain with no Microsoft Entra tenant is never trusted.
/// </summary>
[InvitationRule]
public sealed class B2B0004MfaNotGrantable : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0004",
        "Tenant requires MFA and does not trust the invitee's MFA",
        "The tenant requires MFA, but the 2016 B2B collaboration preview cannot grant MFA to '{0}': '{1}' is not in policy.mfa.trustedPartners",
        "Policy",
        Severity.Warning,
        "In the 2016 preview, multi-factor authentication was not supported on external users: if Contoso had MFA but the " +
        "partner did not, partner users could not be granted MFA. Today the resource tenant enforces MFA on its guests; " +
        "MFA done in another Microsoft Entra organization counts only when cross-tenant access settings trust it (not " +
        "the default). List the partners you trust in policy.mfa.trustedPartners.",
        RuleScope.Row,
        "policy",
        "mfa");

    /// <summary>The message under <c>builtin:entra</c>, where the resource tenant enforces MFA itself.</summary>
    public static readonly RuleDescriptor EntraRule = BuiltInDescriptor.WithMessage(Rule,
        "The tenant requires MFA and does not trust MFA from '{1}' (policy.mfa.trustedPartners): '{0}' must register and perform MFA in this tenant; MFA done in their home organization does not count");

    /// <summary>Under <c>builtin:entra</c> with a tenant snapshot: the partner tenant's cross-tenant access settings decide.</summary>
    public static readonly RuleDescriptor EntraTenantRule = BuiltInDescriptor.WithMessage(Rule,
        "The tenant requires MFA and its cross-tenant access settings do not trust MFA from the tenant of '{1}' ({2}; {3}): '{0}' must register and perform MFA in this tenant; MFA done in their home organization does not count");

    /// <summary>Under <c>builtin:entra</c> with a tenant snapshot: a domain no Microsoft Entra tenant has (a consumer or one-time passcode guest).</summary>
    public static readonly RuleDescriptor EntraNoTenantRule = BuiltInDescriptor.WithMessage(Rule,
        "The tenant requires MFA and '{1}' has no Microsoft Entra tenant whose MFA could be trusted ({2}): '{0}' must register and perform MFA in this tenant");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule, EntraRule, EntraTenantRule, EntraNoTenantRule];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterBatchStartAction(start =>
        {
            var mfa = start.Batch.Policy.Mfa;
            if (!mfa.Required)
            {
                return;
            }

            var rule = BuiltInDescriptor.ForProfile(start.Batch.Policy, Rule, EntraRule);
            var trusted = mfa.TrustedPartners.Select(d => d.Trim().ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
            var tenant = start.Batch.Policy.Profile == ServiceProfile.Entra && start.Batch.Policy.Tenant is { } snapshot && snapshot.Knows(TenantFact.CrossTenantAccess)
                ? snapshot
                : null;
            start.RegisterRowAction(row =>
            {
                var domain = EmailAddress.DomainOf(row.Row.Email);
                if (domain is null)
                {
                    return;
                }

                var location = row.Row.LocationOf(ColumnKeys.Email);
                var email = row.Row.Email.Trim();
                switch (tenant?.PartnerOf(domain))
                {
                    // Entra decides MFA trust per partner tenant: its own entry, else the default; a domain with no tenant is never trusted.
                    case { Status: PartnerStatus.Tenant, TenantId: { } partner }:
                        var inbound = tenant.InboundFor(partner);
                        if (!inbound.IsMfaAccepted)
                        {
                            row.Report(Diagnostic.Create(EntraTenantRule, location, email, domain, inbound.FromPartnerEntry ? "the partner's own entry" : "the default settings", tenant.Source));
                        }

                        return;
                    case { Status: PartnerStatus.NoTenant }:
                        row.Report(Diagnostic.Create(EntraNoTenantRule, location, email, domain, tenant.Source));
                        return;
                }

                if (!EmailAddress.IsInDomains(domain, trusted))
                {
                    row.Report(Diagnostic.Create(rule, location, email, domain));
                }
            });
        });
    }
}
