using System.Collections.Frozen;
using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Plugins.ConsumerDomains;

/// <summary>
/// B2B0001: the invitee's address is at a consumer mailbox provider (gmail.com, hotmail.com, comcast.net…), which the
/// 2016 preview could not invite. The shipped list is freemail's (ISC); <c>additionalDomains</c> adds to it and
/// <c>exceptDomains</c> removes from it, both matching subdomains too.
/// </summary>
[InvitationRule]
public sealed class B2B0001ConsumerEmailDomain : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0001",
        "Invitee uses a consumer email domain",
        "'{0}' is at the consumer email domain '{1}'; B2B collaboration cannot invite consumer mailboxes",
        "Policy",
        Severity.Error,
        "Invitations to consumer email addresses (such as hotmail.com, gmail.com or comcast.net) were not supported by B2B " +
        "collaboration. Today they redeem by one-time passcode, which many tenants still forbid by policy.",
        RuleScope.Row,
        "policy",
        "email");

    private static readonly Lazy<FrozenSet<string>> ShippedDomains = new(() => EmbeddedList.Load("consumer-domains.txt"));

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterBatchStartAction(start =>
        {
            var additional = Normalise(start.Options.GetStringList("additionalDomains", []));
            var excepted = Normalise(start.Options.GetStringList("exceptDomains", []));
            var shipped = ShippedDomains.Value;
            start.RegisterRowAction(row =>
            {
                var domain = EmailAddress.DomainOf(row.Row.Email);
                if (domain is null || EmailAddress.IsInDomains(domain, excepted))
                {
                    return;
                }

                if (EmailAddress.IsInDomains(domain, shipped) || EmailAddress.IsInDomains(domain, additional))
                {
                    row.Report(Diagnostic.Create(Rule, row.Row.LocationOf(ColumnKeys.Email), row.Row.Email.Trim(), domain));
                }
            });
        });
    }

    private static FrozenSet<string> Normalise(IReadOnlyList<string> domains) =>
        domains.Select(d => d.Trim().TrimStart('@').ToLowerInvariant()).Where(d => d.Length > 0).ToFrozenSet(StringComparer.Ordinal);
}
