using B2BRules.Engine;
using B2BRules.Engine.Checking;
using B2BRules.Engine.Execution;
using B2BRules.Engine.Findings;
using B2BRules.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace B2BRules.Cli.Tests;

/// <summary>Governed suppressions: justified, expiring, reported when unused, refused for protected errors.</summary>
public sealed class SuppressionTests
{
    private static readonly DateTimeOffset Today = new(2027, 1, 15, 12, 0, 0, TimeSpan.Zero);

    private const string Batch = "Email,DisplayName\nwalter@gmail.com,Walter\nann@fabrikam.com, Ann\nann@fabrikam.com,Ann Lee\n";

    private static CheckReport Check(string suppressions, string rules = "policy: { guestLifecycle: { accessReviews: true } }\n", string batch = Batch)
    {
        var dir = Repository.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "batch.csv"), batch);
        File.WriteAllText(Path.Combine(dir, "rules.yaml"), rules);
        File.WriteAllText(Path.Combine(dir, "suppressions.yaml"), suppressions);
        using var services = new ServiceCollection().AddB2BRules()
            .AddSingleton<TimeProvider>(new ScenarioRunner.FixedTimeProvider(Today)).BuildServiceProvider();
        return services.GetRequiredService<CheckService>().Run(new CheckRequest(
            [Path.Combine(dir, "batch.csv")], Path.Combine(dir, "rules.yaml"), dir, SuppressionsPath: Path.Combine(dir, "suppressions.yaml")));
    }

    private static Finding Single(CheckReport report, string id) => report.AllFindings.Single(f => f.Diagnostic.Id == id);

    [Fact]
    public void A_justified_suppression_by_email_keeps_the_finding_marked_and_leaves_the_exit_code_alone()
    {
        var report = Check("suppressions:\n  - rule: B2B0106\n    email: ANN@fabrikam.com\n    justification: Two contracts (SEC-1234)\n    owner: identity@contoso.com\n    expires: 2027-03-31\n",
            "policy: { guestLifecycle: { accessReviews: true } }\nrules: { B2B0001: off, B2B0109: off }\n");
        var duplicate = Single(report, "B2B0106");
        duplicate.IsSuppressed.ShouldBeTrue();
        duplicate.Suppression!.Justification.ShouldBe("Two contracts (SEC-1234)");
        duplicate.Suppression.Owner.ShouldBe("identity@contoso.com");
        report.ExitCode(FailOn.Error).ShouldBe(0);
        report.AllNotifications.ShouldBeEmpty();
    }

    [Fact]
    public void A_record_the_reader_rejects_belongs_to_no_invitee_so_the_previous_rows_suppression_does_not_hide_it()
    {
        var report = Check("suppressions:\n  - rule: B2B0104\n    email: walter@gmail.com\n    justification: Walter's row is fine\n",
            batch: "Email,DisplayName\nwalter@gmail.com,Walter\nann@fabrikam.com,Ann,extra\n");
        var wrongFieldCount = Single(report, "B2B0104");
        wrongFieldCount.Email.ShouldBeNull();
        wrongFieldCount.IsSuppressed.ShouldBeFalse();
        report.ExitCode(FailOn.Error).ShouldBe(1);
    }

    [Fact]
    public void Suppressions_match_by_file_and_record_or_by_fingerprint()
    {
        var fingerprint = Single(Check("suppressions: []\n"), "B2B0109").Fingerprint;
        var report = Check($"suppressions:\n  - rule: B2B0109\n    fingerprint: {fingerprint}\n    justification: Legacy padding\n" +
            "  - rule: B2B0106\n    file: batch.csv\n    record: 3\n    justification: Two contracts\n");
        Single(report, "B2B0109").IsSuppressed.ShouldBeTrue();
        Single(report, "B2B0106").IsSuppressed.ShouldBeTrue();
    }

    [Fact]
    public void An_expired_suppression_stops_suppressing_and_is_reported()
    {
        var report = Check("suppressions:\n  - rule: B2B0106\n    email: ann@fabrikam.com\n    justification: Temporary\n    expires: 2027-01-14\n");
        Single(report, "B2B0106").IsSuppressed.ShouldBeFalse();
        var note = report.AllNotifications.ShouldHaveSingleItem();
        note.Descriptor.Id.ShouldBe(ToolNotifications.SuppressionExpiredId);
        note.Message.ShouldContain("expired on 2027-01-14");
        note.Where!.StartLine.ShouldBe(2);
        report.ExitCode(FailOn.Error).ShouldBe(1);
    }

    [Fact]
    public void A_suppression_that_matches_nothing_is_reported_as_unused()
    {
        var report = Check("suppressions:\n  - rule: B2B0106\n    email: nobody@fabrikam.com\n    justification: Old\n");
        var note = report.AllNotifications.ShouldHaveSingleItem();
        note.Descriptor.Id.ShouldBe(ToolNotifications.SuppressionUnusedId);
        note.Message.ShouldContain("matched no finding");
    }

    [Fact]
    public void Errors_of_protected_rules_cannot_be_suppressed_unless_the_policy_allows_it()
    {
        const string entry = "suppressions:\n  - rule: B2B0001\n    email: walter@gmail.com\n    justification: Consultant\n";
        var refused = Check(entry);
        Single(refused, "B2B0001").IsSuppressed.ShouldBeFalse();
        Single(refused, "B2B0001").Suppression!.Accepted.ShouldBeFalse();
        refused.AllNotifications.ShouldHaveSingleItem().Descriptor.Id.ShouldBe(ToolNotifications.SuppressionNotAllowedId);
        refused.ExitCode(FailOn.Error).ShouldBe(1);

        var allowed = Check(entry, "policy:\n  guestLifecycle: { accessReviews: true }\n  suppressions: { protectedRules: [] }\n");
        Single(allowed, "B2B0001").IsSuppressed.ShouldBeTrue();

        var warning = Check(entry, "extends: builtin:entra\npolicy: { guestLifecycle: { accessReviews: true } }\n");
        Single(warning, "B2B0001").IsSuppressed.ShouldBeTrue(); // a warning in builtin:entra: only errors are protected
    }

    [Theory]
    [InlineData("suppressions:\n  - rule: B2B0106\n    email: ann@fabrikam.com\n", "has no justification")]
    [InlineData("suppressions:\n  - rule: B2B0106\n    justification: x\n", "must match exactly one of")]
    [InlineData("suppressions:\n  - rule: B2B0106\n    email: a@b.c\n    justification: x\n    expires: soon\n", "'expires' is a date written yyyy-mm-dd")]
    [InlineData("suppressions:\n  - rule: B2B0106\n    emial: a@b.c\n    justification: x\n", "(did you mean email?)")]
    public void A_broken_suppression_is_a_configuration_error(string suppressions, string message)
    {
        var report = Check(suppressions);
        report.Stopped.ShouldBeTrue();
        report.ExitCode(FailOn.Error).ShouldBe(2);
        report.AllNotifications.ShouldHaveSingleItem().Message.ShouldContain(message);
    }
}
