using B2BRules.Plugins.Governance;
using B2BRules.Sdk.Tenants;
using B2BRules.Testing;

namespace B2BRules.Plugins.Tests;

public sealed class B2B0005Tests
{
    private const string Header = "version:v1.0,,,\n{|B2B0005:Email [inviteeEmail] Required,Url [inviteRedirectURL] Required,Send [sendEmail],Message [customizedMessageBody]|}\n";

    [Fact]
    public void Inviter_without_an_upload_role_is_reported_on_the_header() =>
        RuleVerifier.Verify<B2B0005InviterRoleNotAllowed>(Header + Template.Row("ann@fabrikam.com"), "policy: { inviter: { role: GuestInviter } }\n");

    [Theory]
    [InlineData("GlobalAdministrator")]
    [InlineData("global administrator")]
    [InlineData("62e90394-69f5-4237-9190-012177145e10")]
    public void Allowed_roles_by_name_or_template_id_pass(string role) =>
        RuleVerifier.Verify<B2B0005InviterRoleNotAllowed>(Template.Header + Template.Row("ann@fabrikam.com"), $"policy: {{ inviter: {{ role: '{role}' }} }}\n");

    [Fact]
    public void The_entra_profile_allows_user_administrators() =>
        RuleVerifier.Verify<B2B0005InviterRoleNotAllowed>(Template.Header + Template.Row("ann@fabrikam.com"), "extends: builtin:entra\npolicy: { inviter: { role: UserAdministrator } }\n");

    /// <summary>The admin center's bulk invite needs at least a User Administrator; a Guest Inviter cannot upload.</summary>
    [Fact]
    public void The_entra_profile_refuses_guest_inviters() =>
        RuleVerifier.Verify<B2B0005InviterRoleNotAllowed>(Header + Template.Row("ann@fabrikam.com"), "extends: builtin:entra\npolicy: { inviter: { role: GuestInviter } }\n")
            .Single().Message.ShouldBe("The inviter's role 'GuestInviter' may not upload invitation batches; policy.uploadRoles allows: GlobalAdministrator, UserAdministrator");

    /// <summary>On the graph route the tenant's allowInvitesFrom decides, with the inviter's role and user type.</summary>
    [Theory]
    [InlineData(InviteSetting.AdminsAndGuestInviters, "role: GuestInviter", null)]
    [InlineData(InviteSetting.AdminsAndGuestInviters, "role: Reports Reader, userType: member", "The inviter (Reports Reader, member) may not invite through Microsoft Graph: the tenant's guest invite settings allow only User Administrators and Guest Inviters to invite guests (allowInvitesFrom: adminsAndGuestInviters; tenant.snapshot.json, pulled ")]
    [InlineData(InviteSetting.AdminsGuestInvitersAndAllMembers, "userType: member", null)]
    [InlineData(InviteSetting.AdminsGuestInvitersAndAllMembers, "userType: guest", "The inviter (guest) may not invite through Microsoft Graph: the tenant's guest invite settings allow only members, User Administrators and Guest Inviters to invite guests")]
    [InlineData(InviteSetting.None, "role: GlobalAdministrator", "The inviter (GlobalAdministrator) may not invite through Microsoft Graph: the tenant's guest invite settings allow no one to invite guests, administrators included")]
    [InlineData(InviteSetting.Everyone, "userType: guest", null)]
    public void On_the_graph_route_allow_invites_from_decides(InviteSetting setting, string inviter, string? expected)
    {
        var snapshot = new TenantSnapshotBuilder().AllowInvitesFrom(setting).WriteTemporary();
        var result = RuleVerifier.Run(Template.Header + Template.Row("ann@fabrikam.com"), [new B2B0005InviterRoleNotAllowed()],
            Template.EntraWith(snapshot, $"policy: {{ inviter: {{ {inviter} }} }}\n"), Sdk.InvitationRoute.Graph);
        if (expected is null)
        {
            result.Diagnostics.ShouldBeEmpty();
        }
        else
        {
            result.Diagnostics.Single().Message.ShouldStartWith(expected);
        }
    }

    /// <summary>The upload route keeps the admin center's rule: at least a User Administrator, whatever allowInvitesFrom says.</summary>
    [Fact]
    public void On_the_upload_route_the_upload_roles_decide_even_with_a_snapshot()
    {
        var snapshot = new TenantSnapshotBuilder().AllowInvitesFrom(InviteSetting.Everyone).WriteTemporary();
        RuleVerifier.Run(Template.Header + Template.Row("ann@fabrikam.com"), [new B2B0005InviterRoleNotAllowed()],
                Template.EntraWith(snapshot, "policy: { inviter: { role: GuestInviter } }\n"))
            .Diagnostics.Single().Message.ShouldStartWith("The inviter's role 'GuestInviter' may not upload invitation batches");
    }
}
