using B2BRules.Testing;

namespace B2BRules.Engine.Tests.Checks;

public sealed class B2B0105Tests
{
    [Theory]
    [InlineData("sam+test@fabrikam.com")]
    [InlineData("sam#1@fabrikam.com")]
    [InlineData("bob@@fabrikam.com")]
    [InlineData("no-at-sign.fabrikam.com")]
    [InlineData(".ann@fabrikam.com")]
    [InlineData("ann.@fabrikam.com")]
    [InlineData("ann@localhost")]
    [InlineData("ann@fabrikam..com")]
    [InlineData("ann@-fabrikam.com")]
    public void Invalid_addresses_are_reported_on_the_email_cell(string email) =>
        RuleVerifier.VerifyEngine(EntraTemplate.Header + $"\n{{|B2B0105:{email}|}},https://myapps.microsoft.com,true,hi\n", "B2B0105");

    [Fact]
    public void Empty_email_is_reported() =>
        RuleVerifier.VerifyEngine(EntraTemplate.Header + "\n{|B2B0105:|},https://myapps.microsoft.com,true,hi\n", "B2B0105");

    [Theory]
    [InlineData("ann.lee@fabrikam.com")]
    [InlineData("ann_lee-x@mail.fabrikam.co.jp")]
    [InlineData("jürgen@müller.de")]
    [InlineData(" ann@fabrikam.com ")]
    public void Valid_addresses_are_not_reported(string email) =>
        RuleVerifier.VerifyEngine(EntraTemplate.Header + $"\n\"{email}\",https://myapps.microsoft.com,true,hi\n", "B2B0105");

    [Fact]
    public void The_template_example_row_is_left_to_B2B0108() =>
        RuleVerifier.VerifyEngine(EntraTemplate.Header + "\n{|B2B0108:Example: lstokes@fabrikam.com|},https://myapps.microsoft.com,true,hi\n", "B2B0105", "B2B0108");
}
