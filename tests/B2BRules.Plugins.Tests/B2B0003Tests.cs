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
        found.Single().Message.ShouldBe(
            "The batch has 4 invitee rows, more than policy.maxRows (2; the 2016 preview accepted at most 2,000 records per upload); record 3 is the first over it, so split the batch");
    }

    /// <summary>Today's service documents no row limit: under builtin:entra the limit is the tenant's policy, and the reason to split is the hour a bulk job has.</summary>
    [Fact]
    public void Under_entra_the_message_states_no_service_limit()
    {
        var found = RuleVerifier.Verify<B2B0003BatchRowLimit>(Template.Header
            + Template.Row("a@fabrikam.com") + "{|B2B0003:b@fabrikam.com,https://myapps.microsoft.com,true,hi|}\n",
            "extends: builtin:entra\npolicy: { maxRows: 1 }\n");
        found.Single().Message.ShouldBe(
            "The batch has 2 invitee rows, more than policy.maxRows (1); record 2 is the first over it: split the batch so that each bulk job can finish within the hour");
        found.Single().Message.ShouldNotContain("2016");
    }

    [Fact]
    public void At_the_limit_nothing_is_reported() =>
        RuleVerifier.Verify<B2B0003BatchRowLimit>(Template.Header + Template.Row("a@fabrikam.com") + Template.Row("b@fabrikam.com"), "policy: { maxRows: 2 }\n");
}
