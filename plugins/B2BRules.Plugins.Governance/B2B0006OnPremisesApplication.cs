using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Plugins.Governance;

/// <summary>
/// B2B0006: the row assigns the invitee to an application the policy lists as on-premises
/// (<c>policy.onPremisesApps</c>); external access to on-premises applications was untested in the preview.
/// Looks at the app columns of the preview formats (<c>appId</c>, <c>appResources</c>, space-separated IDs).
/// </summary>
[InvitationRule]
public sealed class B2B0006OnPremisesApplication : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0006",
        "Invitee is assigned an on-premises application",
        "Application '{0}' is published on-premises; external user access to on-premises applications is untested",
        "Governance",
        Severity.Warning,
        "External user access to on-premises applications was not tested in the B2B preview. Today it works through " +
        "Application Proxy for SAML apps, while Kerberos (IWA/KCD) apps need on-premises shadow accounts.",
        RuleScope.Row,
        "governance",
        "applications");

    private static readonly string[] AppColumns = [ColumnKeys.AppId, ColumnKeys.AppResources];

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterBatchStartAction(start =>
        {
            var onPremises = start.Batch.Policy.OnPremisesApps.Select(a => a.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (onPremises.Count == 0)
            {
                return;
            }

            start.RegisterRowAction(row =>
            {
                foreach (var column in AppColumns)
                {
                    var ids = row.Row[column]?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
                    foreach (var id in ids.Where(onPremises.Contains))
                    {
                        row.Report(Diagnostic.Create(Rule, row.Row.LocationOf(column), id));
                    }
                }
            });
        });
    }
}
