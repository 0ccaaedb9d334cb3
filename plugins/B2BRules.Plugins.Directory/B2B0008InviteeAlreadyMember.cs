using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;
using B2BRules.Sdk.Tenants;

namespace B2BRules.Plugins.DirectoryRules;

/// <summary>
/// B2B0008: the invitee is already a member of the tenant, matched as Microsoft matches "already invited"
/// (userPrincipalName, mail, proxyAddresses, otherMails) in the tenant snapshot. Does nothing without a snapshot.
/// </summary>
[InvitationRule]
public sealed class B2B0008InviteeAlreadyMember : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.CreateOffByDefault(
        "B2B0008",
        "Invitee is already a member of the tenant",
        "'{0}' is already a member of the tenant (its {1}; {2}): a member is not invited as a guest",
        "Directory",
        Severity.Error,
        "A user who is already in the resource directory does not receive an invitation, and an address that is a member's " +
        "user name, mail, proxy address or other mail cannot become a guest. Needs a tenant snapshot (check --tenant).",
        RuleScope.Row,
        "directory",
        "tenant-snapshot");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

    public override void Initialize(RuleContext context) =>
        SnapshotFacts.OnRowsWhenKnown(context, TenantFact.Users, tenant => row =>
        {
            if (tenant.FindUser(row.Row.Email) is { Type: DirectoryUserType.Member } member)
            {
                SnapshotFacts.ReportOnEmail(row, Rule, Property(member.MatchedOn), tenant.Source);
            }
        });

    internal static string Property(AddressProperty property) => property switch
    {
        AddressProperty.UserPrincipalName => "userPrincipalName",
        AddressProperty.Mail => "mail",
        AddressProperty.ProxyAddress => "proxyAddresses",
        _ => "otherMails",
    };
}
