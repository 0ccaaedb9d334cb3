using System.Collections.Frozen;
using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Plugins.Mfa;

/// <summary>
/// B2B0004: the tenant requires MFA (<c>policy.mfa.required</c>) of an invitee whose partner is not in
/// <c>policy.mfa.trustedPartners</c>. In the 2016 preview such a guest could not be granted MFA at all. Today the
/// resource tenant enforces MFA itself and, by default, does not trust MFA done in the guest's home tenant, so the guest
/// registers and performs MFA again in this tenant unless cross-tenant access settings trust the partner's MFA.
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

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule, EntraRule];

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
            start.RegisterRowAction(row =>
            {
                var domain = EmailAddress.DomainOf(row.Row.Email);
                if (domain is not null && !EmailAddress.IsInDomains(domain, trusted))
                {
                    row.Report(Diagnostic.Create(rule, row.Row.LocationOf(ColumnKeys.Email), row.Row.Email.Trim(), domain));
                }
            });
        });
    }
}
