using B2BRules.Plugins.DirectoryRules;
using B2BRules.Sdk.Tenants;
using B2BRules.Testing;

namespace B2BRules.Plugins.Tests;

public sealed class B2B0012Tests
{
    private const string Tailspin = "aaaaaaaa-0000-0000-0000-000000000001";
    private const string Fabrikam = "bbbbbbbb-0000-0000-0000-000000000002";
    private const string Litware = "cccccccc-0000-0000-0000-000000000003";

    [Fact]
    public void A_partner_entry_that_blocks_or_allows_only_some_is_reported_and_the_default_applies_to_the_rest()
    {
        var snapshot = new TenantSnapshotBuilder()
            .Partner("tailspin.example", Tailspin).Partner("fabrikam.com", Fabrikam).Partner("litware.com", Litware).Partner("gmail.com", null)
            .Inbound(null, InboundAccess.Allowed, false)
            .Inbound(Tailspin, InboundAccess.Blocked, null)
            .Inbound(Litware, InboundAccess.AllowedForSelected, null)
            .WriteTemporary();
        var found = RuleVerifier.Verify<B2B0012CrossTenantAccessBlocked>(Template.Header
            + Template.Row("{|B2B0012:ann@tailspin.example|}") + Template.Row("bo@fabrikam.com")
            + Template.Row("{|B2B0012:cy@litware.com|}") + Template.Row("di@gmail.com") + Template.Row("ed@unresolved.example"),
            Template.EntraWith(snapshot));
        found[0].Message.ShouldBe($"'ann@tailspin.example': the tenant's cross-tenant access settings block inbound B2B collaboration for tailspin.example's tenant {Tailspin} (the partner's own entry; tenant.snapshot.json, pulled {B2B0008Tests.Today}); the invitation is blocked");
        found[1].Message.ShouldContain("allow inbound B2B collaboration only for selected users and groups");
    }

    [Fact]
    public void A_blocking_default_covers_partners_without_an_entry()
    {
        var snapshot = new TenantSnapshotBuilder().Partner("fabrikam.com", Fabrikam).Inbound(null, InboundAccess.Blocked, false).WriteTemporary();
        RuleVerifier.Verify<B2B0012CrossTenantAccessBlocked>(Template.Header + Template.Row("{|B2B0012:bo@fabrikam.com|}"), Template.EntraWith(snapshot))
            .Single().Message.ShouldContain("(the default settings;");
    }
}
