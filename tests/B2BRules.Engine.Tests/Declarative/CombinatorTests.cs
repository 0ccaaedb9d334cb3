using B2BRules.Testing;

namespace B2BRules.Engine.Tests.Declarative;

/// <summary><c>allOf</c>, <c>anyOf</c>, <c>not</c>, <c>when</c>, and a function naming its own field.</summary>
public sealed class CombinatorTests
{
    [Fact]
    public void AllOf_needs_every_condition() =>
        RuleVerifier.VerifyPolicy(
            Policy.Header + Policy.Row("ann@fabrikam.com") + Policy.Row("{|TEST1001:bob@rival.example|}") + Policy.Row("{|TEST1001:x@fabrikam.com|}"),
            Policy.Rule("{ allOf: [ { domainIn: [fabrikam.com] }, { pattern: '^[a-z]{2,}@' } ] }"));

    [Fact]
    public void AnyOf_needs_one_condition() =>
        RuleVerifier.VerifyPolicy(
            Policy.Header + Policy.Row("ann@fabrikam.com") + Policy.Row("bob@contoso.com") + Policy.Row("{|TEST1001:cy@rival.example|}"),
            Policy.Rule("{ anyOf: [ { domainIn: [fabrikam.com] }, { domainIn: [contoso.com] } ] }"));

    [Fact]
    public void Not_inverts_a_condition() =>
        RuleVerifier.VerifyPolicy(Policy.Header + Policy.Row("{|TEST1001:ann@gmail.com|}") + Policy.Row("bob@fabrikam.com"),
            Policy.Rule("{ not: { domainIn: [gmail.com, outlook.com] } }"));

    [Fact]
    public void When_limits_the_rule_to_matching_rows() =>
        RuleVerifier.VerifyPolicy(
            Policy.Header + Policy.Row("ann@rival.example", "false") + Policy.Row("{|TEST1001:bob@rival.example|}", "true"),
            Policy.Rule("{ domainIn: [fabrikam.com] }", when: "{ field: sendEmail, in: ['true'] }"));

    [Fact]
    public void A_function_may_name_its_own_field_and_the_finding_stays_on_the_rules_field() =>
        RuleVerifier.VerifyPolicy(
            Policy.Header + Policy.Row("ann@fabrikam.com", message: "Welcome") + Policy.Row("{|TEST1001:bob@fabrikam.com|}", message: "Hi"),
            Policy.Rule("{ allOf: [ { domainIn: [fabrikam.com] }, { field: message, pattern: '^Welcome' } ] }"));

    [Fact]
    public void When_reads_an_empty_cell_as_empty_so_in_does_not_hold() =>
        RuleVerifier.VerifyPolicy(
            Policy.Header + Policy.Row("ann@rival.example", "") + Policy.Row("{|TEST1001:bob@rival.example|}", "true"),
            Policy.Rule("{ domainIn: [fabrikam.com] }", when: "{ field: sendEmail, in: ['true'] }"));

    [Fact]
    public void Not_is_plain_logic_and_a_row_with_an_empty_field_is_skipped() =>
        RuleVerifier.VerifyPolicy(
            Policy.Header + Policy.Row("") + Policy.Row("{|TEST1001:ann@gmail.com|}") + Policy.Row("bob@fabrikam.com"),
            Policy.Rule("{ not: { domainIn: [gmail.com] } }"));

    [Fact]
    public void A_function_on_another_field_sees_an_empty_cell_as_empty() =>
        RuleVerifier.VerifyPolicy(
            Policy.Header + Policy.Row("{|TEST1001:ann@fabrikam.com|}", message: "") + Policy.Row("bob@fabrikam.com", message: "Welcome"),
            Policy.Rule("{ field: message, pattern: '^Welcome' }"));
}
