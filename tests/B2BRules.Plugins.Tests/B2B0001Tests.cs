using B2BRules.BuiltIn;
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

    /// <summary>freemail (2020) misses current providers and lists ISPs' corporate domains; the overlay corrects both.</summary>
    [Fact]
    public void The_reviewed_overlay_adds_current_providers_and_removes_corporate_isp_domains() =>
        RuleVerifier.Verify<B2B0001ConsumerEmailDomain>(Template.Header
            + Template.Row("{|B2B0001:ann@proton.me|}") + Template.Row("{|B2B0001:bo@tuta.io|}")
            + Template.Row("cy@comcast.com") + Template.Row("di@cox.com") + Template.Row("{|B2B0001:ed@comcast.net|}"));

    [Fact]
    public void Every_overlay_entry_has_a_reason_and_changes_the_list()
    {
        var freemail = EmbeddedList.Load(ConsumerDomainList.ListResource);
        var changes = ConsumerDomainList.ReadOverlay(EmbeddedList.Lines(ConsumerDomainList.OverlayResource)).ToList();
        changes.ShouldNotBeEmpty();
        changes.Select(c => c.Domain).ShouldBeUnique();
        foreach (var change in changes)
        {
            change.Reason.Length.ShouldBeGreaterThan(10, $"{change.Domain} needs a reason a reviewer can check");
            freemail.Contains(change.Domain).ShouldBe(!change.Add, change.Add ? $"{change.Domain} is already in freemail's list" : $"{change.Domain} is not in freemail's list");
        }
    }

    [Theory]
    [InlineData("+proton.me")]
    [InlineData("proton.me # no sign")]
    [InlineData("-cox.com #")]
    public void An_overlay_entry_without_a_sign_or_a_reason_is_refused(string line) =>
        Should.Throw<FormatException>(() => ConsumerDomainList.ReadOverlay([line]).ToList()).Message.ShouldContain("line 1");

    [Fact]
    public void Under_preview_2016_the_message_says_the_preview_cannot_invite_it() =>
        RuleVerifier.Verify<B2B0001ConsumerEmailDomain>(Template.Header + Template.Row("{|B2B0001:walter@gmail.com|}"))
            .Single().Message.ShouldBe("'walter@gmail.com' is at the consumer email domain 'gmail.com', which the 2016 B2B collaboration preview cannot invite");

    /// <summary>Today consumer addresses redeem (Microsoft account, Google, one-time passcode): a note, not a refusal.</summary>
    [Fact]
    public void Under_entra_it_is_a_note_that_the_service_invites_the_address()
    {
        var found = RuleVerifier.Verify<B2B0001ConsumerEmailDomain>(Template.Header + Template.Row("{|B2B0001:walter@gmail.com|}"), "extends: builtin:entra\n").Single();
        found.Severity.ShouldBe(Sdk.Severity.Note);
        found.Message.ShouldBe("'walter@gmail.com' is at the consumer email domain 'gmail.com': Entra invites it (the guest redeems with a Microsoft account, Google or a one-time passcode), but no organisation manages that account");
        found.Message.ShouldNotContain("cannot");
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
