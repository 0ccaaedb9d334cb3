using B2BRules.Plugins.RowLimit;
using B2BRules.Testing;

namespace B2BRules.Plugins.Tests;

public sealed class B2B0003Tests
{
    [Fact]
    public void One_finding_on_the_first_row_over_the_limit()
    {
        var found = RuleVerifier.Verify<B2B0003BatchRowLimit>(Template.Header
            + Template.Row("a@fabrikam.com") + Template.Row("b@fabrikam.com")
            + "{|B2B0003:c@fabrikam.com,https://myapps.microsoft.com,true,hi|}\n" + Template.Row("d@fabrikam.com"),
            "policy: { maxRows: 2 }\n");
        found.Single().Message.ShouldStartWith("The batch has 4 invitee rows, more than the limit of 2; record 3");
    }

    [Fact]
    public void At_the_limit_nothing_is_reported() =>
        RuleVerifier.Verify<B2B0003BatchRowLimit>(Template.Header + Template.Row("a@fabrikam.com") + Template.Row("b@fabrikam.com"), "policy: { maxRows: 2 }\n");
}
