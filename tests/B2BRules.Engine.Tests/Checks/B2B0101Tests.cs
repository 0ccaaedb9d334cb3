using B2BRules.Testing;

namespace B2BRules.Engine.Tests.Checks;

public sealed class B2B0101Tests
{
    [Fact]
    public void Unknown_header_is_reported_on_the_header_line() =>
        RuleVerifier.VerifyEngine("{|B2B0101:Mail,Name|}\nann@fabrikam.com,Ann\n", "B2B0101");

    [Fact]
    public void Missing_version_line_is_reported() =>
        RuleVerifier.VerifyEngine("{|B2B0101:a [inviteeEmail],b [inviteRedirectURL]|}\nann@fabrikam.com,https://myapps.microsoft.com\n", "B2B0101");

    [Fact]
    public void Unknown_template_version_is_reported() =>
        RuleVerifier.VerifyEngine("{|B2B0101:version:v2.0|},\na [inviteeEmail],b [inviteRedirectURL]\nann@fabrikam.com,https://myapps.microsoft.com\n", "B2B0101");

    [Theory]
    [InlineData("version:v1.0\n")]
    [InlineData("version:v1.0,,,\n")]
    [InlineData("\uFEFFversion:v1.0,,,\r\n")]
    public void Version_line_with_or_without_padding_and_bom_is_accepted(string versionLine) =>
        RuleVerifier.VerifyEngine(versionLine + "Email [inviteeEmail] Required,Url [inviteRedirectURL] Required\nann@fabrikam.com,https://myapps.microsoft.com\n", "B2B0101", "B2B0102", "B2B0103");
}
