using B2BRules.Testing;

namespace B2BRules.Engine.Tests.Checks;

public sealed class B2B0104Tests
{
    [Fact]
    public void Unquoted_comma_in_message_shifts_fields_and_is_reported() =>
        RuleVerifier.VerifyEngine(EntraTemplate.Header + "\n{|B2B0104:ann@fabrikam.com,https://myapps.microsoft.com,true,Hello, Ann|}\n", "B2B0104", "B2B0105");

    [Fact]
    public void Too_few_fields_are_reported() =>
        RuleVerifier.VerifyEngine(EntraTemplate.Header + "\n{|B2B0104:ann@fabrikam.com,https://myapps.microsoft.com|}\n", "B2B0104");
}
