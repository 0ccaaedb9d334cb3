using B2BRules.Testing;

namespace B2BRules.Engine.Tests.Checks;

public sealed class B2B0106Tests
{
    [Fact]
    public void Later_duplicates_are_reported_case_insensitively()
    {
        var found = RuleVerifier.VerifyEngine(EntraTemplate.Header + """

            ann@fabrikam.com,https://myapps.microsoft.com,true,hi
            bob@fabrikam.com,https://myapps.microsoft.com,true,hi
            {|B2B0106:ANN@Fabrikam.com|},https://myapps.microsoft.com,true,hi
            """, "B2B0106");
        found.Single().Message.ShouldBe("'ANN@Fabrikam.com' is already invited by record 1 (line 3)");
    }

    [Fact]
    public void Distinct_addresses_are_not_reported() =>
        RuleVerifier.VerifyEngine(EntraTemplate.Header + "\nann@fabrikam.com,https://a.example,true,\nann@contoso.com,https://a.example,true,\n", "B2B0106");
}
