using System.Collections.Immutable;
using B2BRules.Sdk;

namespace Contoso.CustomRule;

/// <summary>
/// CONTOSO1001: the invitee's domain is not one of the partner domains the tenant has approved
/// (<c>options.approvedDomains</c> in rules.yaml; subdomains count as their parent). When the domain is one a partner
/// has given up for an approved one (<c>options.renamedDomains</c>, old: new), the finding names the new domain, and
/// <see cref="CONTOSO1001UseRenamedDomain"/> offers to put it in.
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

    /// <summary>
    /// The same rule when the partner has moved to an approved domain: one ID, another message, whose third argument
    /// is the new domain (the fix provider reads it there, as Roslyn's fixes read a diagnostic's properties).
    /// </summary>
    public static readonly RuleDescriptor RenamedRule = new(
        Rule.Id,
        Rule.Title,
        "'{0}' is at '{1}', which the partner has replaced by the approved domain '{2}'",
        Rule.Category,
        Rule.DefaultSeverity,
        description: Rule.Description,
        helpUri: Rule.HelpUri);

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule, RenamedRule];

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

            var renamed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (start.Options.TryGetOptions("renamedDomains", out var renames))
            {
                foreach (var old in renames.Names)
                {
                    renamed[old.Trim()] = renames.GetString(old, string.Empty).Trim().ToLowerInvariant();
                }
            }

            start.RegisterRowAction(row =>
            {
                if (EmailAddress.DomainOf(row.Row.Email) is not { } domain || EmailAddress.IsInDomains(domain, approved))
                {
                    return;
                }

                var where = row.Row.LocationOf(ColumnKeys.Email);
                row.Report(renamed.TryGetValue(domain, out var replacement) && approved.Contains(replacement)
                    ? Diagnostic.Create(RenamedRule, where, row.Row.Email.Trim(), domain, replacement)
                    : Diagnostic.Create(Rule, where, row.Row.Email.Trim(), domain));
            });
        });
    }
}
