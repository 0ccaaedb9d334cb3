using B2BRules.Testing;

namespace B2BRules.Engine.Tests.Checks;

public sealed class B2B0115Tests
{
    [Fact]
    public void A_comma_in_the_customized_message_is_a_note_on_its_cell()
    {
        var found = RuleVerifier.VerifyEngine(EntraTemplate.Header +
            "\nann@fabrikam.com,https://myapps.microsoft.com,true,{|B2B0115:\"Welcome, Ann\"|}\nbob@fabrikam.com,https://myapps.microsoft.com,true,Welcome Bob\n",
            "B2B0115").Single();
        found.Severity.ShouldBe(Sdk.Severity.Note);
        found.Message.ShouldStartWith("The customized message has a comma at character 8;");
    }

    [Fact]
    public void The_2016_invitation_text_is_checked_too() =>
        RuleVerifier.VerifyEngine("Email,DisplayName,InvitationText\nann@fabrikam.com,Ann,{|B2B0115:\"Hi Ann, welcome\"|}\n", "B2B0115");

    [Fact]
    public void A_batch_without_a_message_column_reports_nothing() =>
        RuleVerifier.VerifyEngine("Email,DisplayName\nann@fabrikam.com,\"Lee, Ann\"\n", "B2B0115");
}
