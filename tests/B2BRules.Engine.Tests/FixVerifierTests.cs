using System.Collections.Immutable;
using B2BRules.Sdk;
using B2BRules.Sdk.Fixes;
using B2BRules.Testing;

namespace B2BRules.Engine.Tests;

/// <summary>The Testing package's fix verifier passes a right fix and fails a wrong one, a throwing one and wrong marks.</summary>
public sealed class FixVerifierTests
{
    private const string Before = "Email,DisplayName\n{|TEST9501:mailto:ann@fabrikam.com|},Ann\nbob@fabrikam.com,Bob\n";
    private const string After = "Email,DisplayName\nann@fabrikam.com,Ann\nbob@fabrikam.com,Bob\n";

    [Fact]
    public void A_fix_that_gives_the_batch_after_passes_and_returns_what_it_applied()
    {
        var applied = FixVerifier.Verify<MailtoRule, MailtoFix>(Before, After);
        applied.ShouldHaveSingleItem().Fix.Title.ShouldBe("Remove mailto:");
    }

    [Fact]
    public void A_batch_after_that_differs_fails_showing_both()
    {
        var failure = Should.Throw<VerificationException>(() => FixVerifier.Verify<MailtoRule, MailtoFix>(Before, After.Replace("ann@", "anne@", StringComparison.Ordinal)));
        failure.Message.ShouldContain("expected:\n  Email,DisplayName\n  anne@fabrikam.com,Ann");
        failure.Message.ShouldContain("but the batch is:\n  Email,DisplayName\n  ann@fabrikam.com,Ann");
    }

    [Fact]
    public void A_fix_provider_that_throws_fails()
    {
        var failure = Should.Throw<VerificationException>(() => FixVerifier.Verify<MailtoRule, ThrowingFix>(Before, After));
        failure.Message.ShouldContain("ThrowingFix in TestRules threw InvalidOperationException on a TEST9501 finding: no fix today");
    }

    [Fact]
    public void Marks_that_differ_from_the_findings_fail_before_any_fix()
    {
        Should.Throw<VerificationException>(() => FixVerifier.Verify<MailtoRule, MailtoFix>(Before.Replace("{|TEST9501:", string.Empty, StringComparison.Ordinal).Replace("|}", string.Empty, StringComparison.Ordinal), After))
            .Message.ShouldContain("Expected 0 finding(s)");
    }

    public sealed class MailtoRule : InvitationRule
    {
        public static readonly RuleDescriptor Rule = new("TEST9501", "mailto: prefix", "'{0}' starts with mailto:", "Test", Severity.Warning);

        public override ImmutableArray<RuleDescriptor> SupportedRules => [Rule];

        public override void Initialize(RuleContext context) => context.RegisterRowAction(row =>
        {
            if (row.Row.Email.StartsWith("mailto:", StringComparison.Ordinal))
            {
                row.Report(Diagnostic.Create(Rule, row.Row.LocationOf(ColumnKeys.Email), row.Row.Email));
            }
        });
    }

    public sealed class MailtoFix : InvitationFixProvider
    {
        public override ImmutableArray<string> FixableRuleIds => ["TEST9501"];

        public override void RegisterFixes(FixContext context) =>
            context.Register(new InvitationFix("Remove mailto:", [new ReplaceCell(context.Diagnostic.Location, context.Row!.Email["mailto:".Length..])]));
    }

    public sealed class ThrowingFix : InvitationFixProvider
    {
        public override ImmutableArray<string> FixableRuleIds => ["TEST9501"];

        public override void RegisterFixes(FixContext context) => throw new InvalidOperationException("no fix today");
    }
}
