using B2BRules.Plugins.Mfa;
using B2BRules.Sdk.Tenants;
using B2BRules.Testing;

namespace B2BRules.Plugins.Tests;

public sealed class B2B0004Tests
{
    [Fact]
    public void Untrusted_partners_are_reported_when_mfa_is_required() =>
        RuleVerifier.Verify<B2B0004MfaNotGrantable>(Template.Header
            + Template.Row("{|B2B0004:ann@contoso.com|}") + Template.Row("bob@fabrikam.com") + Template.Row("cy@eu.fabrikam.com"),
            "policy:\n  mfa: { required: true, trustedPartners: [fabrikam.com] }\n");

    [Fact]
    public void Nothing_is_reported_when_mfa_is_not_required() =>
        RuleVerifier.Verify<B2B0004MfaNotGrantable>(Template.Header + Template.Row("ann@contoso.com"));

    [Fact]
    public void Under_preview_2016_the_message_says_the_preview_cannot_grant_mfa() =>
        RuleVerifier.Verify<B2B0004MfaNotGrantable>(Template.Header + Template.Row("{|B2B0004:ann@contoso.com|}"), "policy:\n  mfa: { required: true }\n")
            .Single().Message.ShouldBe("The tenant requires MFA, but the 2016 B2B collaboration preview cannot grant MFA to 'ann@contoso.com': 'contoso.com' is not in policy.mfa.trustedPartners");

    /// <summary>Today the resource tenant enforces MFA itself; an untrusted partner's guest registers MFA here.</summary>
    [Fact]
    public void Under_entra_the_message_says_the_guest_performs_mfa_in_this_tenant()
    {
        var found = RuleVerifier.Verify<B2B0004MfaNotGrantable>(Template.Header + Template.Row("{|B2B0004:ann@contoso.com|}"),
            "extends: builtin:entra\npolicy:\n  mfa: { required: true }\n").Single();
        found.Message.ShouldBe("The tenant requires MFA and does not trust MFA from 'contoso.com' (policy.mfa.trustedPartners): 'ann@contoso.com' must register and perform MFA in this tenant; MFA done in their home organization does not count");
        found.Message.ShouldNotContain("cannot be granted");
    }

    /// <summary>Entra decides MFA trust per partner tenant, not by email domain: the snapshot's cross-tenant access settings win over the list.</summary>
    [Fact]
    public void With_a_snapshot_under_entra_each_partner_tenants_inbound_trust_decides()
    {
        const string fabrikam = "bbbbbbbb-0000-0000-0000-000000000002", litware = "cccccccc-0000-0000-0000-000000000003";
        var snapshot = new TenantSnapshotBuilder()
            .Partner("fabrikam.com", fabrikam).Partner("litware.com", litware).Partner("gmail.com", null)
            .Inbound(null, InboundAccess.Allowed, false).Inbound(litware, null, true)
            .WriteTemporary();
        var found = RuleVerifier.Verify<B2B0004MfaNotGrantable>(Template.Header
            + Template.Row("{|B2B0004:ann@fabrikam.com|}") + Template.Row("bo@litware.com") + Template.Row("{|B2B0004:cy@gmail.com|}")
            + Template.Row("{|B2B0004:di@unresolved.example|}") + Template.Row("ed@trusted.example"),
            Template.EntraWith(snapshot, "policy:\n  mfa: { required: true, trustedPartners: [fabrikam.com, trusted.example] }\n"));
        found.Select(d => d.Message).ShouldBe(
        [
            $"The tenant requires MFA and its cross-tenant access settings do not trust MFA from the tenant of 'fabrikam.com' (the default settings; tenant.snapshot.json, pulled {B2B0008Tests.Today}): 'ann@fabrikam.com' must register and perform MFA in this tenant; MFA done in their home organization does not count",
            $"The tenant requires MFA and 'gmail.com' has no Microsoft Entra tenant whose MFA could be trusted (tenant.snapshot.json, pulled {B2B0008Tests.Today}): 'cy@gmail.com' must register and perform MFA in this tenant",
            "The tenant requires MFA and does not trust MFA from 'unresolved.example' (policy.mfa.trustedPartners): 'di@unresolved.example' must register and perform MFA in this tenant; MFA done in their home organization does not count",
        ]);
    }
}
