using System.Collections.Immutable;
using B2BRules.Sdk;

namespace Contoso.CustomRule;

/// <summary>
/// CONTOSO1001: the invitee's domain is not one of the partner domains the tenant has approved
/// (<c>options.approvedDomains</c> in rules.yaml; subdomains count as their parent).
/// </summary>
[InvitationRule]
public sealed class CONTOSO1001UnapprovedPartnerDomain : InvitationRule
{
    public static readonly RuleDescriptor Rule = new(
        "CONTOSO1001",
        "Invitee is not from an approved partner domain",
        "'{0}' is at '{1}', which is not an approved partner domain",
        "Contoso",
        Severity.Error,
        description: "Only partners with a signed collaboration agreement may be invited. Ask the partner team to approve the domain, or invite the person from their company address.",
        helpUri: "https://wiki.contoso.example/b2b/CONTOSO1001");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // State lives in the batch-start closure, never in fields: one instance serves every batch.
        context.RegisterBatchStartAction(start =>
        {
            var approved = start.Options.GetStringList("approvedDomains", [])
                .Select(d => d.Trim().ToLowerInvariant())
                .ToHashSet(StringComparer.Ordinal);
            if (approved.Count == 0)
            {
                return; // nothing approved yet: the rule has no opinion
            }

            start.RegisterRowAction(row =>
            {
                if (EmailAddress.DomainOf(row.Row.Email) is { } domain && !EmailAddress.IsInDomains(domain, approved))
                {
                    row.Report(Diagnostic.Create(Rule, row.Row.LocationOf(ColumnKeys.Email), row.Row.Email.Trim(), domain));
                }
            });
        });
    }
}
