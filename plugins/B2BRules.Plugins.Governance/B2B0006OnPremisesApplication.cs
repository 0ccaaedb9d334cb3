using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;

namespace B2BRules.Plugins.Governance;

/// <summary>
/// B2B0006: the row assigns the invitee to an application the policy lists as on-premises
/// (<c>policy.onPremisesApps</c>). External access to on-premises applications was untested in the 2016 preview;
/// today it works through Application Proxy, and Kerberos (IWA/KCD) applications also need a guest object in the
/// on-premises directory. Off in <c>builtin:entra</c>. Looks at the app columns of the preview formats
/// (<c>appId</c>, <c>appResources</c>, space-separated IDs).
/// </summary>
[InvitationRule]
public sealed class B2B0006OnPremisesApplication : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0006",
        "Invitee is assigned an on-premises application",
        "Application '{0}' is published on-premises; external user access to on-premises applications is untested in the 2016 B2B collaboration preview",
        "Governance",
        Severity.Warning,
        "External user access to on-premises applications was not tested in the 2016 preview. Today guests reach them " +
        "through Microsoft Entra application proxy, and apps that use Kerberos (IWA/KCD) also need a guest user object " +
        "in the on-premises directory.",
        RuleScope.Row,
        "governance",
        "applications");

    /// <summary>The message under <c>builtin:entra</c> (where the rule is off unless turned on).</summary>
    public static readonly RuleDescriptor EntraRule = BuiltInDescriptor.WithMessage(Rule,
        "Application '{0}' is published on-premises: guests reach it through application proxy, and a Kerberos (IWA/KCD) application also needs a guest user object in the on-premises directory");

    private static readonly string[] AppColumns = [ColumnKeys.AppId, ColumnKeys.AppResources];

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule, EntraRule];

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

            var rule = BuiltInDescriptor.ForProfile(start.Batch.Policy, Rule, EntraRule);
            start.RegisterRowAction(row =>
            {
                foreach (var column in AppColumns)
                {
                    var ids = row.Row[column]?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
                    foreach (var id in ids.Where(onPremises.Contains))
                    {
                        row.Report(Diagnostic.Create(rule, row.Row.LocationOf(column), id));
                    }
                }
            });
        });
    }
}
