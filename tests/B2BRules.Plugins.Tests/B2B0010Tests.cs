using B2BRules.Plugins.DirectoryRules;
using B2BRules.Testing;

namespace B2BRules.Plugins.Tests;

public sealed class B2B0010Tests
{
    private static readonly string Snapshot = new TenantSnapshotBuilder()
        .Domain("contoso.com").Domain("contoso.onmicrosoft.com").Domain("lab.contoso.com", isVerified: false).Domain("pending.example", isVerified: false)
        .WriteTemporary();

    [Fact]
    public void A_verified_domain_and_its_subdomains_are_the_tenants_own()
    {
        var found = RuleVerifier.Verify<B2B0010OwnVerifiedDomain>(Template.Header
            + Template.Row("{|B2B0010:ann@Contoso.com|}") + Template.Row("{|B2B0010:bo@eu.contoso.com|}")
            + Template.Row("cy@lab.contoso.com") + Template.Row("di@pending.example") + Template.Row("ed@fabrikam.com")
            + Template.Row("fay@notcontoso.com"),
            Template.EntraWith(Snapshot));
        found.Select(d => d.Message).ShouldBe(
        [
            $"'ann@Contoso.com' is in contoso.com, a verified domain of the tenant (tenant.snapshot.json, pulled {B2B0008Tests.Today}): the tenant's own users are not invited as guests",
            $"'bo@eu.contoso.com' is in eu.contoso.com, below the verified domain contoso.com (tenant.snapshot.json, pulled {B2B0008Tests.Today}): the tenant's own users are not invited as guests",
        ]);
    }
}
