using B2BRules.Engine.Execution;
using B2BRules.Testing;

namespace B2BRules.Engine.Tests.Declarative;

/// <summary>A policy file cannot hang a check: patterns run non-backtracking, or with a time limit that quarantines the rule.</summary>
public sealed class RegexSafetyTests
{
    private static readonly string Evil = new string('a', 40) + "!";

    [Fact]
    public void A_catastrophic_pattern_runs_linear_on_the_non_backtracking_engine()
    {
        var result = RuleVerifier.Run(Policy.Header + Policy.Row("ann@fabrikam.com", message: Evil), [], Policy.Rule("{ pattern: '^(a+)+$' }", field: "message"));
        result.Notifications.ShouldBeEmpty();
        result.Diagnostics.Single(d => d.Id == "TEST1001").Location.ColumnKey.ShouldBe("message");
    }

    [Fact]
    public void A_pattern_that_needs_backtracking_times_out_and_the_rule_is_quarantined()
    {
        // The lookbehind forces the backtracking engine; the nested quantifier makes it exponential on Evil.
        var rows = Policy.Row("ann@fabrikam.com", message: Evil) + Policy.Row("bob@fabrikam.com", message: Evil);
        var result = RuleVerifier.Run(Policy.Header + rows, [], Policy.Rule("{ pattern: '^(\\w+\\s?)*$(?<=x)' }", field: "message"));
        var timeout = result.Notifications.ShouldHaveSingleItem();
        timeout.Descriptor.Id.ShouldBe(ToolNotifications.RegexTimedOutId);
        timeout.Message.ShouldContain("Rule TEST1001 in rules.yaml: the pattern");
        timeout.IsToolFailure.ShouldBeTrue();
        result.Diagnostics.ShouldNotContain(d => d.Id == "TEST1001");
    }
}
