using B2BRules.Testing;

namespace B2BRules.Engine.Tests.Checks;

public sealed class B2B0103Tests
{
    [Fact]
    public void Unknown_and_duplicate_columns_are_reported_on_their_header_cells() =>
        RuleVerifier.VerifyEngine(
            "version:v1.0\nEmail [inviteeEmail] Required,Url [inviteRedirectURL] Required,{|B2B0103:Name [inviteeName]|},{|B2B0103:Again [inviteeEmail]|}\n" +
            "ann@fabrikam.com,https://myapps.microsoft.com,Ann,ann@fabrikam.com\n",
            "B2B0103");

    [Fact]
    public void Legacy_headers_match_in_any_case_and_with_padding() =>
        RuleVerifier.VerifyEngine("email, DisplayName ,InvitedToApplications, invitedtogroups\nann@fabrikam.com,Ann,,\n", "B2B0101", "B2B0103");
}
