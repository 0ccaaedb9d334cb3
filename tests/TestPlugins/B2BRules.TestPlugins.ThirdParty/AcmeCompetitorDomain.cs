using System.Collections.Immutable;
using B2BRules.Sdk;

namespace Acme.Rules;

/// <summary>A third party's rule, written only against the SDK: invitees from a competitor's domain (option <c>domains</c>).</summary>
[InvitationRule]
public sealed class AcmeCompetitorDomain : InvitationRule
{
    public static readonly RuleDescriptor Rule = new(
        "ACME1001",
        "Invitee works for a competitor",
        "'{0}' is at competitor domain '{1}'",
        "Acme",
        Severity.Error);

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterBatchStartAction(start =>
        {
            var competitors = start.Options.GetStringList("domains", ["competitor.example"]).ToHashSet(StringComparer.OrdinalIgnoreCase);
            start.RegisterRowAction(row =>
            {
                if (EmailAddress.DomainOf(row.Row.Email) is { } domain && competitors.Contains(domain))
                {
                    row.Report(Diagnostic.Create(Rule, row.Row.LocationOf(ColumnKeys.Email), row.Row.Email, domain));
                }
            });
        });
    }
}
