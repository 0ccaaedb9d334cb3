using System.Text;
using B2BRules.Sdk;

namespace B2BRules.Engine.Tests;

/// <summary>Diagnostic keeps its arguments and formats its message when asked (as Roslyn's do), without changing what a rule sees.</summary>
public sealed class DiagnosticTests
{
    private static readonly RuleDescriptor Rule = new("TEST0001", "Title", "'{0}' is at '{1}' ({2:N0} rows)", "Test", Severity.Warning);
    private static readonly Location Place = new("batch.csv", 2, 1, 2, 10);

    [Fact]
    public void The_message_is_the_formatted_one_every_time_it_is_asked()
    {
        var diagnostic = Diagnostic.Create(Rule, Place, "ann@rival.example", "rival.example", 12345);
        diagnostic.Message.ShouldBe("'ann@rival.example' is at 'rival.example' (12,345 rows)");
        diagnostic.WithSeverity(Severity.Error).Message.ShouldBe(diagnostic.Message);
        diagnostic.Arguments.ShouldBe(["ann@rival.example", "rival.example", 12345]);
    }

    [Fact]
    public void An_argument_that_can_change_later_is_formatted_when_reported()
    {
        var text = new StringBuilder("before");
        var diagnostic = Diagnostic.Create(Rule, Place, text, "x", 1);
        text.Clear().Append("after");
        diagnostic.Message.ShouldStartWith("'before'");
    }

    [Fact]
    public void Too_few_arguments_or_a_broken_format_fail_in_the_rule_call_not_later()
    {
        Should.Throw<FormatException>(() => Diagnostic.Create(Rule, Place, "only one"));
        var broken = new RuleDescriptor("TEST0002", "Title", "'{0' is broken", "Test", Severity.Warning);
        Should.Throw<FormatException>(() => Diagnostic.Create(broken, Place, "x"));
    }
}
