using B2BRules.Plugins.DirectoryRules;
using B2BRules.Sdk.Tenants;
using B2BRules.Testing;

namespace B2BRules.Plugins.Tests;

public sealed class B2B0013Tests
{
    private const string Header = "version:v1.0,,,\n{|B2B0013:Email [inviteeEmail] Required,Url [inviteRedirectURL] Required,Send [sendEmail],Message [customizedMessageBody]|}\n";

    [Fact]
    public void A_snapshot_older_than_max_age_days_is_reported_once()
    {
        var snapshot = new TenantSnapshotBuilder().Partner("fabrikam.com", null).TakenAt(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)).WriteTemporary();
        RuleVerifier.Verify<B2B0013SnapshotNotCurrent>(Header + Template.Row("ann@fabrikam.com") + Template.Row("bo@fabrikam.com"), Template.EntraWith(snapshot))
            .Single().Message.ShouldBe("The tenant snapshot tenant.snapshot.json was pulled 2026-01-02, more than 7 day(s) ago (policy.tenant.maxAgeDays): pull it again before trusting the directory rules");
    }

    [Fact]
    public void A_snapshot_of_another_tenant_is_reported()
    {
        var snapshot = new TenantSnapshotBuilder("99999999-0000-0000-0000-000000000009").Partner("fabrikam.com", null).WriteTemporary();
        RuleVerifier.Verify<B2B0013SnapshotNotCurrent>(Header + Template.Row("ann@fabrikam.com"),
                Template.EntraWith(snapshot, "policy:\n  tenant: { id: 11111111-2222-3333-4444-555555555555 }\n"))
            .Single().Message.ShouldBe("The tenant snapshot tenant.snapshot.json is for tenant 99999999-0000-0000-0000-000000000009, but policy.tenant.id is 11111111-2222-3333-4444-555555555555: the directory rules judge this batch against the wrong tenant");
    }

    [Fact]
    public void Facts_graph_refused_and_unresolved_domains_are_named()
    {
        var snapshot = new TenantSnapshotBuilder().Partner("fabrikam.com", null).Unknown(TenantFact.CollaborationRestrictions).WriteTemporary();
        RuleVerifier.Run(Template.Header + Template.Row("ann@fabrikam.com") + Template.Row("bo@litware.com") + Template.Row("cy@tailspin.example"),
                [new B2B0013SnapshotNotCurrent()], Template.EntraWith(snapshot)).Diagnostics
            .Select(d => d.Message).ShouldBe(
            [
                "The tenant snapshot tenant.snapshot.json does not hold the collaboration restrictions (Graph did not give it): B2B0011 cannot judge this batch",
                "The tenant snapshot tenant.snapshot.json has no partner tenant for 2 invitee domain(s) of this batch (litware.com, tailspin.example): B2B0012 and B2B0004 cannot judge them; pull again with --for this batch",
            ]);
    }

    [Fact]
    public void A_fresh_complete_snapshot_of_the_right_tenant_reports_nothing() =>
        RuleVerifier.Verify<B2B0013SnapshotNotCurrent>(Template.Header + Template.Row("ann@fabrikam.com"),
            Template.EntraWith(new TenantSnapshotBuilder().Partner("fabrikam.com", "bbbbbbbb-0000-0000-0000-000000000002").WriteTemporary(),
                "policy:\n  tenant: { id: 11111111-2222-3333-4444-555555555555 }\n"));
}
