using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;
using B2BRules.Sdk.Tenants;

namespace B2BRules.Plugins.DirectoryRules;

/// <summary>
/// B2B0009: the invitee is already a guest of the tenant. A pending invitation is sent again by a new one; an accepted
/// one leaves nothing to do. A warning: adapters hold such rows unless <c>apply --resend</c>.
/// </summary>
[InvitationRule]
public sealed class B2B0009InviteeAlreadyGuest : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.CreateOffByDefault(
        "B2B0009",
        "Invitee is already a guest of the tenant",
        "'{0}' is already a guest of the tenant, {1} ({2})",
        "Directory",
        Severity.Warning,
        "The invitee is already a guest: while the invitation is pending acceptance, a new invitation sends the email again; " +
        "once accepted there is nothing to invite. Adapters hold the row unless apply --resend. Needs a tenant snapshot.",
        RuleScope.Row,
        "directory",
        "tenant-snapshot");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context) =>
        SnapshotFacts.OnRowsWhenKnown(context, TenantFact.Users, tenant => row =>
        {
            if (tenant.FindUser(row.Row.Email) is { Type: DirectoryUserType.Guest } guest)
            {
                SnapshotFacts.ReportOnEmail(row, Rule, State(guest.State), tenant.Source);
            }
        });

    private static string State(GuestState state) => state switch
    {
        GuestState.PendingAcceptance => "invitation PendingAcceptance: a new invitation sends the email again",
        GuestState.Accepted => "invitation Accepted: there is nothing to invite",
        _ => "invitation state not in the snapshot",
    };
}
