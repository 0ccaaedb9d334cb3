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

    [Fact]
    public void A_misspelt_option_is_flagged_with_a_suggestion()
    {
        var result = RuleVerifier.Run(Template.Header + Template.Row("ann@gmail.com"), [new B2B0001ConsumerEmailDomain()],
            "rules:\n  B2B0001:\n    options: { exceptDomain: [gmail.com] }\n");
        var warning = result.Notifications.ShouldHaveSingleItem();
        warning.Message.ShouldStartWith("Option 'exceptDomain' is not read by B2B0001ConsumerEmailDomain (B2B0001)");
        warning.Message.ShouldContain("(did you mean exceptDomains?)");
        warning.Where!.StartLine.ShouldBe(3);
    }
}
