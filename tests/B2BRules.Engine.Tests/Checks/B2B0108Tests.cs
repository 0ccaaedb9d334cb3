using B2BRules.Testing;

namespace B2BRules.Engine.Tests.Checks;

public sealed class B2B0108Tests
{
    [Fact]
    public void Example_row_is_reported() =>
        RuleVerifier.VerifyEngine(EntraTemplate.Header + "\n{|B2B0108:Example: lstokes@fabrikam.com|},https://myapps.microsoft.com,true,Welcome\n", "B2B0108");

    [Fact]
    public void Ordinary_rows_are_not_reported() =>
        RuleVerifier.VerifyEngine(EntraTemplate.Header + "\nann@fabrikam.com,https://myapps.microsoft.com,true,\"For example: the kickoff\"\n", "B2B0108");
}
