using B2BRules.Testing;

namespace Contoso.CustomRule.Tests;

/// <summary>CONTOSO1001 and its fix through the real engine: {|ID:cell|} marks what must be reported, and nothing else may be.</summary>
public sealed class CONTOSO1001Tests
{
    private const string Approved = "rules:\n  CONTOSO1001:\n    options: { approvedDomains: [fabrikam.com, litware.de], renamedDomains: { fabrikam.net: fabrikam.com } }\n";

    [Fact]
    public void Invitees_from_unapproved_domains_are_reported() =>
        RuleVerifier.Verify<CONTOSO1001UnapprovedPartnerDomain>(
            "Email,DisplayName\n" +
            "ann@fabrikam.com,Ann\n" +
            "{|CONTOSO1001:bob@rival.example|},Bob\n" +
            "cy@mail.litware.de,Cy\n",
            Approved);

    [Fact]
    public void Without_approved_domains_nothing_is_reported() =>
        RuleVerifier.Verify<CONTOSO1001UnapprovedPartnerDomain>("Email,DisplayName\nbob@rival.example,Bob\n");

    [Fact]
    public void An_address_at_a_renamed_domain_is_fixed_to_the_new_one_and_others_are_left_alone() =>
        FixVerifier.Verify<CONTOSO1001UnapprovedPartnerDomain, CONTOSO1001UseRenamedDomain>(
            before:
                "Email,DisplayName\n" +
                "{|CONTOSO1001:dee@fabrikam.net|},Dee\n" +
                "{|CONTOSO1001:bob@rival.example|},Bob\n",
            after:
                "Email,DisplayName\n" +
                "dee@fabrikam.com,Dee\n" +
                "bob@rival.example,Bob\n",
            Approved);
}
