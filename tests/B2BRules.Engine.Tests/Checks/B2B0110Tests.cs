using B2BRules.Testing;

namespace B2BRules.Engine.Tests.Checks;

public sealed class B2B0110Tests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    [InlineData("ture")]
    public void Non_boolean_is_reported(string value) =>
        RuleVerifier.VerifyEngine(EntraTemplate.Header + $"\nann@fabrikam.com,https://a.example,{{|B2B0110:{value}|}},hi\n", "B2B0110");

    [Theory]
    [InlineData("TRUE")]
    [InlineData("false")]
    [InlineData("True")]
    [InlineData("")]
    public void True_false_in_any_case_and_empty_are_accepted(string value) =>
        RuleVerifier.VerifyEngine(EntraTemplate.Header + $"\nann@fabrikam.com,https://a.example,{value},hi\n", "B2B0110");
}
