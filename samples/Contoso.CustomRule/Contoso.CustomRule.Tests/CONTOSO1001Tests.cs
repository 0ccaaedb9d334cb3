using B2BRules.Testing;

namespace Contoso.CustomRule.Tests;

/// <summary>CONTOSO1001 through the real engine: {|ID:cell|} marks what must be reported, and nothing else may be.</summary>
public sealed class CONTOSO1001Tests
{
    private const string Approved = "rules:\n  CONTOSO1001:\n    options: { approvedDomains: [fabrikam.com, litware.de] }\n";

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
}
