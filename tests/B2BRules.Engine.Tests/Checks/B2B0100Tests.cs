using B2BRules.Testing;

namespace B2BRules.Engine.Tests.Checks;

public sealed class B2B0100Tests
{
    [Fact]
    public void Stray_quote_is_reported_and_the_record_not_checked_further() =>
        RuleVerifier.VerifyEngine(EntraTemplate.Header + "\n{|B2B0100:a\"b@fabrikam.com,https://myapps.microsoft.com,true,hi|}\n", "B2B0100", "B2B0105");

    [Fact]
    public void Unclosed_quote_is_reported() =>
        RuleVerifier.VerifyEngine(EntraTemplate.Header + "\n{|B2B0100:\"ann@fabrikam.com,https://myapps.microsoft.com,true,hi\n|}", "B2B0100");

    [Fact]
    public void Quoted_commas_and_line_breaks_are_not_malformed() =>
        RuleVerifier.VerifyEngine(EntraTemplate.Header + "\nann@fabrikam.com,https://myapps.microsoft.com,true,\"Hello, Ann\nsee you\"\n", "B2B0100", "B2B0104");
}
