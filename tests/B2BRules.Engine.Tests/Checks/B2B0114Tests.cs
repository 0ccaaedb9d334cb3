using B2BRules.Testing;

namespace B2BRules.Engine.Tests.Checks;

public sealed class B2B0114Tests
{
    [Fact]
    public void Upper_case_letters_in_the_domain_are_reported_with_the_lower_cased_address()
    {
        var found = RuleVerifier.VerifyEngine(EntraTemplate.Header + "\n{|B2B0114:ANN@Fabrikam.COM|},https://a.example,true,hi\n", "B2B0114");
        found.Single().Message.ShouldBe("The domain of 'ANN@Fabrikam.COM' has upper-case letters; write it as 'ANN@fabrikam.com'");
    }

    [Fact]
    public void Upper_case_in_the_user_name_only_is_fine() =>
        RuleVerifier.VerifyEngine(EntraTemplate.Header + "\nAnn.Lee@fabrikam.com,https://a.example,true,hi\n", "B2B0114");
}
