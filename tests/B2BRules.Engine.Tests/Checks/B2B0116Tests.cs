using B2BRules.Testing;

namespace B2BRules.Engine.Tests.Checks;

public sealed class B2B0116Tests
{
    [Fact]
    public void A_display_name_over_256_characters_is_an_error()
    {
        var name = new string('a', 257);
        var found = RuleVerifier.VerifyEngine($"Email,DisplayName\nann@fabrikam.com,{{|B2B0116:{name}|}}\n", "B2B0116").Single();
        found.Severity.ShouldBe(Sdk.Severity.Error);
        found.Message.ShouldBe("The display name is 257 characters long; a Microsoft Entra user's display name holds at most 256");
    }

    [Fact]
    public void Exactly_256_characters_and_padding_around_them_pass() =>
        RuleVerifier.VerifyEngine($"Email,DisplayName\nann@fabrikam.com,{new string('a', 256)}\nbob@fabrikam.com,\"  {new string('b', 256)}  \"\n", "B2B0116");
}
