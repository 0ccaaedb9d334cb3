using B2BRules.Testing;

namespace B2BRules.Engine.Tests.Checks;

public sealed class B2B0102Tests
{
    [Fact]
    public void Entra_header_without_redirect_url_is_reported() =>
        RuleVerifier.VerifyEngine("version:v1.0\n{|B2B0102:Email [inviteeEmail] Required,Send [sendEmail]|}\nann@fabrikam.com,true\n", "B2B0102");

    [Fact]
    public void Preview_2015_needs_contact_us_url() =>
        RuleVerifier.VerifyEngine("{|B2B0102:Email,DisplayName,InviteAppID|}\nann@fabrikam.com,Ann,x\n", "B2B0102");

    [Fact]
    public void Preview_2016_needs_only_email_and_display_name() =>
        RuleVerifier.VerifyEngine("Email,DisplayName,Language\nann@fabrikam.com,Ann,en\n", "B2B0102");
}
