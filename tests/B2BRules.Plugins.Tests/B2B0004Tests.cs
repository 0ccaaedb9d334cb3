using B2BRules.Plugins.Mfa;
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
}
