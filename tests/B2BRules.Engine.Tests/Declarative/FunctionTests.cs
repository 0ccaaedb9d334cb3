using B2BRules.Testing;

namespace B2BRules.Engine.Tests.Declarative;

/// <summary>Each function of <c>then</c>, with the cells that break it marked.</summary>
public sealed class FunctionTests
{
    [Fact]
    public void Pattern_reports_cells_that_do_not_match() =>
        RuleVerifier.VerifyPolicy(Policy.Header + Policy.Row("ann.lee@fabrikam.com") + Policy.Row("{|TEST1001:x1@fabrikam.com|}"),
            Policy.Rule("{ pattern: '^[a-z]+\\.[a-z]+@' }"));

    [Fact]
    public void NotPattern_reports_cells_that_match() =>
        RuleVerifier.VerifyPolicy(Policy.Header + Policy.Row("ann@fabrikam.com") + Policy.Row("{|TEST1001:test.user@fabrikam.com|}"),
            Policy.Rule("{ notPattern: '^test' }"));

    [Fact]
    public void In_compares_trimmed_and_ignoring_case() =>
        RuleVerifier.VerifyPolicy(Policy.Header + Policy.Row("ann@fabrikam.com", "TRUE") + Policy.Row("bob@fabrikam.com", "{|TEST1001:maybe|}"),
            Policy.Rule("{ in: ['true', 'false'] }", field: "sendEmail"));

    [Fact]
    public void NotIn_reports_listed_values() =>
        RuleVerifier.VerifyPolicy(Policy.Header + Policy.Row("{|TEST1001:ceo@fabrikam.com|}") + Policy.Row("ann@fabrikam.com"),
            Policy.Rule("{ notIn: [CEO@fabrikam.com] }"));

    [Fact]
    public void DomainIn_matches_subdomains_like_a_tenant_allow_list() =>
        RuleVerifier.VerifyPolicy(
            Policy.Header + Policy.Row("ann@fabrikam.com") + Policy.Row("bob@eu.fabrikam.com") + Policy.Row("{|TEST1001:cy@notfabrikam.com|}"),
            Policy.Rule("{ domainIn: [fabrikam.com] }"));

    [Fact]
    public void DomainNotIn_reports_listed_domains_and_their_subdomains() =>
        RuleVerifier.VerifyPolicy(Policy.Header + Policy.Row("{|TEST1001:ann@mail.rival.example|}") + Policy.Row("bob@fabrikam.com"),
            Policy.Rule("{ domainNotIn: [rival.example] }"));

    [Fact]
    public void Required_reports_empty_cells() =>
        RuleVerifier.VerifyPolicy(Policy.Header + Policy.Row("ann@fabrikam.com", message: "{|TEST1001:|}") + Policy.Row("bob@fabrikam.com", message: "hello"),
            Policy.Rule("{ required: true }", field: "message"));

    [Fact]
    public void Rows_whose_field_is_empty_are_not_checked_unless_then_requires_a_value()
    {
        RuleVerifier.VerifyPolicy(Policy.Header + Policy.Row("ann@fabrikam.com", message: ""), Policy.Rule("{ pattern: '^Welcome' }", field: "message"));
        RuleVerifier.VerifyPolicy(Policy.Header + Policy.Row("ann@fabrikam.com", message: "{|TEST1001:|}"),
            Policy.Rule("{ allOf: [ { required: true }, { pattern: '^Welcome' } ] }", field: "message"));
    }

    [Fact]
    public void MaxLength_counts_the_trimmed_cell() =>
        RuleVerifier.VerifyPolicy(Policy.Header + Policy.Row("ann@fabrikam.com", message: " abcde ") + Policy.Row("bob@fabrikam.com", message: "{|TEST1001:abcdef|}"),
            Policy.Rule("{ maxLength: 5 }", field: "message"));

    [Fact]
    public void Unique_reports_repeats_within_the_batch() =>
        RuleVerifier.VerifyPolicy(
            Policy.Header + Policy.Row("ann@fabrikam.com", message: "Welcome") + Policy.Row("bob@fabrikam.com", message: "{|TEST1001:welcome|}"),
            Policy.Rule("{ unique: true }", field: "message"));

    [Fact]
    public void Message_placeholders_take_cell_values_and_the_domain()
    {
        var found = RuleVerifier.VerifyPolicy(Policy.Header + Policy.Row("{|TEST1001:ann@rival.example|}", message: "Hello"),
            Policy.Rule("{ domainIn: [fabrikam.com] }", message: "{email} at {domain} ({message}, {{literal}})"));
        found.Single().Message.ShouldBe("ann@rival.example at rival.example (Hello, {literal})");
    }
}
