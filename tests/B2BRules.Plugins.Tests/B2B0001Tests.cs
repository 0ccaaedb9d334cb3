using B2BRules.Plugins.ConsumerDomains;
using B2BRules.Testing;

namespace B2BRules.Plugins.Tests;

public sealed class B2B0001Tests
{
    [Fact]
    public void Shipped_consumer_domains_and_their_subdomains_are_reported() =>
        RuleVerifier.Verify<B2B0001ConsumerEmailDomain>(Template.Header
            + Template.Row("{|B2B0001:walter@gmail.com|}") + Template.Row("{|B2B0001:ann@Hotmail.com|}")
            + Template.Row("{|B2B0001:bob@comcast.net|}") + Template.Row("ann@fabrikam.com"));

    [Fact]
    public void Additional_and_excepted_domains_apply()
    {
        const string rules = "rules:\n  B2B0001:\n    options: { additionalDomains: [example-mail.com], exceptDomains: [gmail.com] }\n";
        RuleVerifier.Verify<B2B0001ConsumerEmailDomain>(
            Template.Header + Template.Row("{|B2B0001:ann@example-mail.com|}") + Template.Row("walter@gmail.com"), rules);
    }

    [Fact]
    public void A_wrongly_typed_option_is_a_configuration_error() =>
        Should.Throw<VerificationException>(() => RuleVerifier.Verify<B2B0001ConsumerEmailDomain>(
            Template.Header + Template.Row("ann@fabrikam.com"), "rules:\n  B2B0001:\n    options: { additionalDomains: { a: b } }\n"))
        .Message.ShouldContain("Option 'additionalDomains' must be a list");
}
