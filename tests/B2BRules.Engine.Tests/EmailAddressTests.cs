using B2BRules.Sdk;

namespace B2BRules.Engine.Tests;

/// <summary>The SDK's email helpers: what rules get back, and that a million rows do not each get their own domain string.</summary>
public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("ann@Fabrikam.COM", "fabrikam.com")]
    [InlineData(" bob@fabrikam.com. ", "fabrikam.com")]
    [InlineData("odd@name@Contoso.example", "contoso.example")]
    [InlineData("no-at-sign", null)]
    [InlineData("trailing@", null)]
    public void The_domain_is_trimmed_and_lower_cased(string email, string? domain) => EmailAddress.DomainOf(email).ShouldBe(domain);

    [Fact]
    public void Rows_at_one_domain_share_its_string_whatever_its_case()
    {
        // Different row strings, as the CSV reader makes them: the domain is one string, not one per row.
        var first = EmailAddress.DomainOf(new string("ann@Partner.Example".AsSpan()));
        var second = EmailAddress.DomainOf(new string("bob@partner.example".AsSpan()));
        first.ShouldBe("partner.example");
        ReferenceEquals(first, second).ShouldBeTrue();
    }

    [Fact]
    public void A_domain_longer_than_any_dns_name_is_still_answered()
    {
        var longDomain = new string('a', 300) + ".example";
        EmailAddress.DomainOf("x@" + longDomain.ToUpperInvariant()).ShouldBe(longDomain);
    }
}
