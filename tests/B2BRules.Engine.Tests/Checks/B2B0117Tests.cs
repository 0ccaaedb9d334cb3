using B2BRules.Testing;

namespace B2BRules.Engine.Tests.Checks;

public sealed class B2B0117Tests
{
    [Fact]
    public void A_bracketed_name_in_another_case_is_a_note_and_the_column_is_still_read()
    {
        var found = RuleVerifier.VerifyEngine(
            "version:v1.0,,,\nEmail [inviteeEmail] Required,{|B2B0117:Redirection url [inviteRedirectUrl] Required|},{|B2B0117:Send [SendEmail]|},Message [customizedMessageBody]\n" +
            "ann@fabrikam.com,{|B2B0107:http://a.example|},true,hi\n",
            "B2B0102", "B2B0107", "B2B0117");
        found.Where(d => d.Id == "B2B0117").Select(d => d.Message).ShouldBe(
            [
                "The header names '[inviteRedirectUrl]', but the template spells it '[inviteRedirectURL]'; keep the template's spelling",
                "The header names '[SendEmail]', but the template spells it '[sendEmail]'; keep the template's spelling",
            ]);
    }

    [Fact]
    public void The_template_spelling_reports_nothing() =>
        RuleVerifier.VerifyEngine(EntraTemplate.Header + "\nann@fabrikam.com,https://myapps.microsoft.com,true,hi\n", "B2B0117");
}
