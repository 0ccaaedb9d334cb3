using System.Collections.Frozen;
using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Plugins.Mfa;

/// <summary>
/// B2B0004: the tenant requires MFA (<c>policy.mfa.required</c>), but B2B collaboration cannot grant MFA to external
/// users; only partners whose MFA claims the tenant trusts (<c>policy.mfa.trustedPartners</c>) are exempt.
/// </summary>
[InvitationRule]
public sealed class B2B0004MfaNotGrantable : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0004",
        "MFA cannot be granted to this external user",
        "The tenant requires MFA, but '{0}' cannot be granted MFA through B2B collaboration: '{1}' is not a trusted MFA partner",
        "Policy",
        Severity.Warning,
        "Multi-factor authentication is not supported on external users in the preview: if Contoso has MFA but the partner " +
        "does not, partner users cannot be granted MFA. Today, trust the partner's MFA claims in cross-tenant access settings " +
        "and list the partner in policy.mfa.trustedPartners.",
        RuleScope.Row,
        "policy",
        "mfa");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

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

            var trusted = mfa.TrustedPartners.Select(d => d.Trim().ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
            start.RegisterRowAction(row =>
            {
                var domain = EmailAddress.DomainOf(row.Row.Email);
                if (domain is not null && !EmailAddress.IsInDomains(domain, trusted))
                {
                    row.Report(Diagnostic.Create(Rule, row.Row.LocationOf(ColumnKeys.Email), row.Row.Email.Trim(), domain));
                }
            });
        });
    }
}
