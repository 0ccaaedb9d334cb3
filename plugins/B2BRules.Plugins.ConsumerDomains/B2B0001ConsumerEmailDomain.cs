using System.Collections.Frozen;
using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Plugins.ConsumerDomains;

/// <summary>
/// B2B0001: the invitee's address is at a consumer mailbox provider (gmail.com, hotmail.com, proton.me…). The 2016
/// preview could not invite such addresses; today's service can (the guest redeems with a Microsoft account, Google or a
/// one-time passcode), so under <c>builtin:entra</c> the finding is a note for tenants whose policy is to admit only
/// organisation-managed accounts. The shipped list is freemail's (ISC) with a reviewed overlay; <c>additionalDomains</c>
/// adds to it and <c>exceptDomains</c> removes from it, both matching subdomains too.
/// </summary>
[InvitationRule]
public sealed class B2B0001ConsumerEmailDomain : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0001",
        "Invitee uses a consumer email domain",
        "'{0}' is at the consumer email domain '{1}', which the 2016 B2B collaboration preview cannot invite",
        "Policy",
        Severity.Error,
        "The 2016 preview did not support invitations to consumer email addresses (such as hotmail.com, gmail.com or " +
        "comcast.net). Today's service invites them: the guest redeems with a Microsoft account, Google federation or an " +
        "email one-time passcode. Tenants that admit only organisation-managed accounts keep this rule as their policy.",
        RuleScope.Row,
        "policy",
        "email");

    /// <summary>The message under <c>builtin:entra</c>, where consumer addresses can be invited.</summary>
    public static readonly RuleDescriptor EntraRule = BuiltInDescriptor.WithMessage(Rule,
        "'{0}' is at the consumer email domain '{1}': Entra invites it (the guest redeems with a Microsoft account, Google or a one-time passcode), but no organisation manages that account");

    private static readonly Lazy<FrozenSet<string>> ShippedDomains = new(ConsumerDomainList.Load);

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule, EntraRule];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterBatchStartAction(start =>
        {
            var additional = Normalise(start.Options.GetStringList("additionalDomains", []));
            var excepted = Normalise(start.Options.GetStringList("exceptDomains", []));
            var shipped = ShippedDomains.Value;
            var rule = BuiltInDescriptor.ForProfile(start.Batch.Policy, Rule, EntraRule);
            start.RegisterRowAction(row =>
            {
                var domain = EmailAddress.DomainOf(row.Row.Email);
                if (domain is null || EmailAddress.IsInDomains(domain, excepted))
                {
                    return;
                }

                if (EmailAddress.IsInDomains(domain, shipped) || EmailAddress.IsInDomains(domain, additional))
                {
                    row.Report(Diagnostic.Create(rule, row.Row.LocationOf(ColumnKeys.Email), row.Row.Email.Trim(), domain));
                }
            });
        });
    }

    private static FrozenSet<string> Normalise(IReadOnlyList<string> domains) =>
        domains.Select(d => d.Trim().TrimStart('@').ToLowerInvariant()).Where(d => d.Length > 0).ToFrozenSet(StringComparer.Ordinal);
}
