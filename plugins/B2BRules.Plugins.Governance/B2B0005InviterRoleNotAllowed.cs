using System.Collections.Immutable;
using B2BRules.BuiltIn;
using B2BRules.Sdk;
using B2BRules.Sdk.Tenants;

namespace B2BRules.Plugins.Governance;

/// <summary>
/// B2B0005: the person uploading (<c>policy.inviter.role</c> or <c>--inviter-role</c>) holds a role that may not upload
/// invitation batches (<c>policy.uploadRoles</c>). Under <c>builtin:entra</c>, with a tenant snapshot, a batch sent through
/// Microsoft Graph (the graph adapter, or <c>check --route graph</c>) is judged by the tenant's guest invite settings
/// (<c>allowInvitesFrom</c>) with the inviter's role and user type instead. Reported once per batch, on its header line.
/// </summary>
[InvitationRule]
public sealed class B2B0005InviterRoleNotAllowed : InvitationRule
{
    public static readonly RuleDescriptor Rule = BuiltInDescriptor.Create(
        "B2B0005",
        "Inviter's role may not upload invitation batches",
        "The inviter's role '{0}' may not upload invitation batches; policy.uploadRoles allows: {1}",
        "Governance",
        Severity.Error,
        "Only certain directory roles may upload batches: Global Administrators in the 2016 preview; today the Entra admin " +
        "center's bulk invite needs at least a User Administrator. An upload by anyone else fails as a whole.",
        RuleScope.Batch,
        "governance");

    /// <summary>Under <c>builtin:entra</c> with a snapshot, on the graph route: the tenant's guest invite settings decide.</summary>
    public static readonly RuleDescriptor GraphRouteRule = BuiltInDescriptor.WithMessage(Rule,
        "The inviter ({0}) may not invite through Microsoft Graph: the tenant's guest invite settings allow {1} (allowInvitesFrom: {2}; {3})");

    public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule, GraphRouteRule];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterBatchStartAction(start =>
        {
            var policy = start.Batch.Policy;
            var refusal = policy.Profile == ServiceProfile.Entra && policy.Route == InvitationRoute.Graph
                && policy.Tenant is { } tenant && tenant.AllowInvitesFrom != InviteSetting.Unknown
                ? GraphRouteRefusal(policy.Inviter, tenant)
                : UploadRefusal(policy);
            if (refusal is not null)
            {
                start.RegisterBatchEndAction(end =>
                {
                    if (end.RowCount > 0)
                    {
                        end.Report(refusal(end.Batch.Location));
                    }
                });
            }
        });
    }

    /// <summary>The admin center's bulk upload: the inviter's role must be in policy.uploadRoles.</summary>
    private static Func<Location, Diagnostic>? UploadRefusal(Policy policy)
    {
        if (string.IsNullOrWhiteSpace(policy.Inviter.Role)
            || policy.UploadRoles.Select(DirectoryRoles.Normalise).Contains(DirectoryRoles.Normalise(policy.Inviter.Role), StringComparer.Ordinal))
        {
            return null;
        }

        return where => Diagnostic.Create(Rule, where, policy.Inviter.Role.Trim(), string.Join(", ", policy.UploadRoles));
    }

    /// <summary>
    /// Microsoft Graph: <c>allowInvitesFrom</c> with the inviter's role and user type. User Administrators (and Global
    /// Administrators) and Guest Inviters may invite unless no one may; members too under
    /// <c>adminsGuestInvitersAndAllMembers</c>; anyone under <c>everyone</c>. An inviter of unstated role and type is not judged.
    /// </summary>
    private static Func<Location, Diagnostic>? GraphRouteRefusal(InviterPolicy inviter, TenantSnapshot tenant)
    {
        var role = inviter.Role is { } stated ? DirectoryRoles.Normalise(stated) : null;
        var invitingRole = role is "globaladministrator" or "useradministrator" or "guestinviter";
        bool? allowed = tenant.AllowInvitesFrom switch
        {
            InviteSetting.None => false,
            InviteSetting.AdminsAndGuestInviters => role is null ? null : invitingRole,
            InviteSetting.AdminsGuestInvitersAndAllMembers => invitingRole || inviter.UserType == "member" ? true : inviter.UserType == "guest" ? false : null,
            _ => true,
        };
        if (allowed is not false)
        {
            return null;
        }

        var who = string.Join(", ", new[] { inviter.Role?.Trim(), inviter.UserType }.Where(p => p is not null));
        var setting = tenant.AllowInvitesFrom switch
        {
            InviteSetting.None => "no one to invite guests, administrators included",
            InviteSetting.AdminsAndGuestInviters => "only User Administrators and Guest Inviters to invite guests",
            _ => "only members, User Administrators and Guest Inviters to invite guests",
        };
        var value = char.ToLowerInvariant(tenant.AllowInvitesFrom.ToString()[0]) + tenant.AllowInvitesFrom.ToString()[1..];
        return where => Diagnostic.Create(GraphRouteRule, where, who.Length > 0 ? who : "unstated", setting, value, tenant.Source);
    }
}
