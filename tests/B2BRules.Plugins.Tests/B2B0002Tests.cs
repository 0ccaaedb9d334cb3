using B2BRules.Plugins.DistributionLists;
using B2BRules.Testing;

namespace B2BRules.Plugins.Tests;

public sealed class B2B0002Tests
{
    [Fact]
    public void Role_names_list_prefixes_and_known_lists_are_reported() =>
        RuleVerifier.Verify<B2B0002DistributionListAddress>(Template.Header
            + Template.Row("{|B2B0002:info@northwind.com|}") + Template.Row("{|B2B0002:dl-sales@adatum.com|}")
            + Template.Row("{|B2B0002:project-x@fabrikam.com|}") + Template.Row("maria.lopez@fabrikam.com"),
            "rules:\n  B2B0002:\n    options: { knownLists: [project-x@fabrikam.com] }\n");

    [Fact]
    public void Excepted_local_parts_are_not_reported() =>
        RuleVerifier.Verify<B2B0002DistributionListAddress>(Template.Header + Template.Row("sales@northwind.com"),
            "rules:\n  B2B0002:\n    options: { exceptLocalParts: [sales] }\n");

    /// <summary>info@ at one partner may be the shared mailbox a team answers: exceptAddresses names it, and only it.</summary>
    [Fact]
    public void Excepted_addresses_are_not_reported_and_other_partners_still_are() =>
        RuleVerifier.Verify<B2B0002DistributionListAddress>(Template.Header + Template.Row("Info@Northwind.com") + Template.Row("{|B2B0002:info@adatum.com|}"),
            "rules:\n  B2B0002:\n    options: { exceptAddresses: [info@northwind.com] }\n");

    /// <summary>Two-letter tokens of the upstream list (md, pm, se, la, ta, lt …) are people's initials as often as roles.</summary>
    [Theory]
    [InlineData("md")]
    [InlineData("pm")]
    [InlineData("se")]
    [InlineData("la")]
    [InlineData("ta")]
    [InlineData("lt")]
    public void Initials_are_not_taken_for_role_names(string initials) =>
        RuleVerifier.Verify<B2B0002DistributionListAddress>(Template.Header + Template.Row($"{initials}@fabrikam.com"));

    [Fact]
    public void A_two_letter_role_name_a_policy_adds_is_reported() =>
        RuleVerifier.Verify<B2B0002DistributionListAddress>(Template.Header + Template.Row("{|B2B0002:hr@fabrikam.com|}"),
            "rules:\n  B2B0002:\n    options: { additionalLocalParts: [hr] }\n");

    [Fact]
    public void Under_preview_2016_the_message_says_the_preview_cannot_invite_lists() =>
        RuleVerifier.Verify<B2B0002DistributionListAddress>(Template.Header + Template.Row("{|B2B0002:info@northwind.com|}"))
            .Single().Message.ShouldBe("'info@northwind.com' looks like a distribution list or role mailbox (role name 'info'); the 2016 B2B collaboration preview cannot invite distribution lists, so invite the individual people instead");

    /// <summary>Under builtin:entra the message quotes today's guidance (group addresses aren't supported) and accountability, not the preview.</summary>
    [Fact]
    public void Under_entra_the_message_quotes_todays_guidance() =>
        RuleVerifier.Verify<B2B0002DistributionListAddress>(Template.Header + Template.Row("{|B2B0002:info@northwind.com|}"), "extends: builtin:entra\n")
            .Single().Message.ShouldBe("'info@northwind.com' looks like a distribution list or role mailbox (role name 'info'): Microsoft does not support group email addresses for invitations, and a guest account for a shared address has no one accountable person, so invite the individual people instead");
}
