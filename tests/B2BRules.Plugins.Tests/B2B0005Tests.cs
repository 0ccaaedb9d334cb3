using B2BRules.Plugins.Governance;
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
}
