using B2BRules.Sdk;
using B2BRules.Testing;

namespace B2BRules.Engine.Tests.Checks;

public sealed class B2B0107Tests
{
    [Theory]
    [InlineData("http://myapps.microsoft.com")]
    [InlineData("myapps.microsoft.com")]
    [InlineData("/relative/path")]
    [InlineData("ftp://files.example.com")]
    public void Entra_redirect_must_be_absolute_https(string url) =>
        RuleVerifier.VerifyEngine(EntraTemplate.Header + $"\nann@fabrikam.com,{{|B2B0107:{url}|}},true,hi\n", "B2B0107");

    [Fact]
    public void Entra_redirect_is_required() =>
        RuleVerifier.VerifyEngine(EntraTemplate.Header + "\nann@fabrikam.com,{|B2B0107:|},true,hi\n", "B2B0107");

    [Fact]
    public void Preview_formats_allow_empty_and_warn_on_http()
    {
        var found = RuleVerifier.VerifyEngine(
            "Email,DisplayName,InviteRedirectUrl\nann@fabrikam.com,Ann,\nbob@fabrikam.com,Bob,{|B2B0107:http://intranet.fabrikam.com|}\n", "B2B0107");
        found.Single().Severity.ShouldBe(Severity.Warning);
    }

    [Fact]
    public void Https_is_fine() =>
        RuleVerifier.VerifyEngine(EntraTemplate.Header + "\nann@fabrikam.com,https://myapplications.microsoft.com/?tenantid=x,true,hi\n", "B2B0107");
}
