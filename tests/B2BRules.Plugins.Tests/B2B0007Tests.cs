using B2BRules.Plugins.Governance;
using B2BRules.Testing;

namespace B2BRules.Plugins.Tests;

public sealed class B2B0007Tests
{
    [Fact]
    public void Reported_once_per_batch_without_clean_up() =>
        RuleVerifier.Verify<B2B0007NoGuestCleanUp>(
            "version:v1.0,,,\n{|B2B0007:Email [inviteeEmail] Required,Url [inviteRedirectURL] Required,Send [sendEmail],Message [customizedMessageBody]|}\n"
            + Template.Row("ann@fabrikam.com") + Template.Row("bob@fabrikam.com"));

    [Fact]
    public void Access_reviews_count_as_clean_up() =>
        RuleVerifier.Verify<B2B0007NoGuestCleanUp>(Template.Header + Template.Row("ann@fabrikam.com"), "policy: { guestLifecycle: { accessReviews: true } }\n");
}
