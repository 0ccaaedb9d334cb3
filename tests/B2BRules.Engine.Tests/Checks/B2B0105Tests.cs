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

    /// <summary>A NUL is not among Graph's forbidden characters, so it slipped through; no control character is an address.</summary>
    [Theory]
    [InlineData("anna\u0000berg@fabrikam.com", "U+0000 (NUL)", "anna\u2400berg@fabrikam.com")]
    [InlineData("anna@fabri\u0000kam.com", "U+0000 (NUL)", "anna@fabri\u2400kam.com")]
    [InlineData("an\tna@fabrikam.com", "U+0009 (TAB)", "an\u2409na@fabrikam.com")]
    [InlineData("anna\u007F@fabrikam.com", "U+007F (DEL)", "anna\u2421@fabrikam.com")]
    [InlineData("anna\u0085@fabrikam.com", "U+0085", "anna<U+0085>@fabrikam.com")]
    public void Control_characters_in_an_address_are_reported_visibly(string email, string named, string shown)
    {
        var found = RuleVerifier.VerifyEngine(EntraTemplate.Header + $"\n{{|B2B0105:{email}|}},https://myapps.microsoft.com,true,hi\n", "B2B0105").Single();
        found.Message.ShouldBe($"Email '{shown}' is not a valid address: it contains the control character {named}");
    }

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
