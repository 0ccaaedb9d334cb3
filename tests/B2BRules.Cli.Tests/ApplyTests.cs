using System.Globalization;

namespace B2BRules.Cli.Tests;

/// <summary><c>apply --adapter entra-csv</c>: upload-ready parts, nothing with an error, and every left-out row explained.</summary>
public sealed class ApplyTests
{
    private const string Header = "version:v1.0,,,\nEmail [inviteeEmail] Required,Url [inviteRedirectURL] Required,Send [sendEmail],Message [customizedMessageBody]\n";

    /// <summary>
    /// 5,000 rows: every 10th at a consumer domain (error: 500), rows 1, 51, 101 … with sendEmail 'yes' (error: 100), every
    /// 25th padded (a warning; 100 of them are not already errors). So 600 skipped, 100 held, 4,300 sent.
    /// </summary>
    private static string MixedBatch(string dir)
    {
        var rows = Enumerable.Range(1, 5000).Select(i =>
        {
            var email = i % 10 == 0 ? $"user{i}@gmail.com" : $"user{i}@fabrikam.com";
            var url = i % 25 == 0 ? " https://myapps.microsoft.com" : "https://myapps.microsoft.com";
            var send = i % 50 == 1 ? "yes" : "true";
            return string.Create(CultureInfo.InvariantCulture, $"{email},{url},{send},\"Welcome, {i}\"");
        });
        var path = Path.Combine(dir, "partners.csv");
        File.WriteAllText(path, Header + string.Join("\n", rows) + "\n");
        return path;
    }

    [Fact]
    public void A_5000_row_batch_becomes_three_clean_parts_and_a_rejected_file_that_explains_every_row_left_out()
    {
        var dir = Repository.TempDirectory();
        MixedBatch(dir);
        var (code, stdout, _) = Repository.RunCli(dir, "apply", "--adapter", "entra-csv", "partners.csv", "--source-root", dir, "--out-dir", "out");
        code.ShouldBe(1, stdout); // errors were found (and skipped)
        stdout.ShouldContain("partners.csv: 4300 to send, 100 to hold, 600 to skip, 0 unreadable");

        var parts = Directory.GetFiles(Path.Combine(dir, "out"), "partners.part-*.csv").Order(StringComparer.Ordinal).ToList();
        parts.Select(Path.GetFileName).ShouldBe(["partners.part-001.csv", "partners.part-002.csv", "partners.part-003.csv"]);
        var sent = new List<string>();
        foreach (var part in parts)
        {
            var lines = File.ReadAllLines(part);
            lines[0].ShouldBe("version:v1.0,,,");
            lines[1].ShouldStartWith("Email address to invite [inviteeEmail] Required,Redirection url [inviteRedirectURL] Required");
            (lines.Length - 2).ShouldBeLessThanOrEqualTo(2000);
            sent.AddRange(lines.Skip(2));
            var (partCode, partOut, _) = Repository.RunCli(dir, "check", Path.Combine("out", Path.GetFileName(part)), "--source-root", dir, "--fail-on", "warning",
                "--severity", "B2B0007=off");
            partCode.ShouldBe(0, partOut); // no error row, no warning row, and the parts read back cleanly
        }

        sent.Count.ShouldBe(4300);
        sent.Contains("user1002@fabrikam.com,https://myapps.microsoft.com,true,\"Welcome, 1002\"").ShouldBeTrue("a sent row is written trimmed and re-quoted");
        var rejected = File.ReadAllLines(Path.Combine(dir, "out", "partners.rejected.csv"));
        rejected[0].ShouldBe("line,record,email,decision,rules,reasons");
        rejected.Length.ShouldBe(1 + 700);
        rejected.ShouldContain(l => l.StartsWith("12,10,user10@gmail.com,skip,B2B0001,\"B2B0001: 'user10@gmail.com' is at the consumer email domain", StringComparison.Ordinal));
        rejected.ShouldContain(l => l.StartsWith("27,25,user25@fabrikam.com,hold,B2B0109,", StringComparison.Ordinal));
    }

    [Fact]
    public void Dry_run_prints_the_plan_and_writes_nothing()
    {
        var dir = Repository.TempDirectory();
        MixedBatch(dir);
        var (_, stdout, _) = Repository.RunCli(dir, "apply", "--adapter", "entra-csv", "partners.csv", "--source-root", dir, "--dry-run");
        stdout.ShouldContain("hold     100 × B2B0109");
        stdout.ShouldContain("skip     500 × B2B0001");
        stdout.ShouldContain("skip     100 × B2B0110");
        Directory.GetFiles(dir).Select(Path.GetFileName).ShouldBe(["partners.csv"]);
    }

    [Fact]
    public void Warnings_are_sent_when_the_policy_says_so_and_batch_errors_refuse_the_batch()
    {
        var dir = Repository.TempDirectory();
        MixedBatch(dir);
        File.WriteAllText(Path.Combine(dir, "send.yaml"), "policy: { adapters: { onWarning: send } }\n");
        Repository.RunCli(dir, "apply", "--adapter", "entra-csv", "partners.csv", "--source-root", dir, "--rules", "send.yaml", "--dry-run")
            .Stdout.ShouldContain("partners.csv: 4400 to send, 0 to hold, 600 to skip");

        File.WriteAllText(Path.Combine(dir, "role.yaml"), "policy: { inviter: { role: GuestInviter } }\n");
        var (_, stdout, _) = Repository.RunCli(dir, "apply", "--adapter", "entra-csv", "partners.csv", "--source-root", dir, "--rules", "role.yaml");
        stdout.ShouldContain("refused: B2B0005: The inviter's role 'GuestInviter' may not upload invitation batches");
        Directory.GetFiles(dir, "*.part-*.csv").ShouldBeEmpty();
    }

    [Fact]
    public void An_unknown_adapter_is_a_usage_error_with_a_suggestion()
    {
        var dir = Repository.TempDirectory();
        MixedBatch(dir);
        var (code, _, stderr) = Repository.RunCli(dir, "apply", "--adapter", "entra-cvs", "partners.csv", "--source-root", dir);
        code.ShouldBe(2);
        stderr.ShouldContain("No adapter is named 'entra-cvs' (did you mean entra-csv?)");
    }

    [Fact]
    public void From_sarif_gives_the_same_plan_and_refuses_logs_that_may_be_incomplete_or_stale()
    {
        var dir = Repository.TempDirectory();
        var batch = MixedBatch(dir);
        Repository.RunCli(dir, "check", "partners.csv", "--source-root", dir, "--output", "sarif=full.sarif");
        var (_, fresh, _) = Repository.RunCli(dir, "apply", "--adapter", "entra-csv", "partners.csv", "--source-root", dir, "--dry-run");
        var (_, fromLog, _) = Repository.RunCli(dir, "apply", "--adapter", "entra-csv", "partners.csv", "--source-root", dir, "--dry-run", "--from-sarif", "full.sarif");
        fromLog.ShouldBe(fresh);

        foreach (var (option, why) in new[] { ("--redact", "it was redacted"), ("--sarif-omit-suppressed", "written without its suppressed results") })
        {
            Repository.RunCli(dir, "check", "partners.csv", "--source-root", dir, option, "--output", "sarif=partial.sarif");
            var (code, _, stderr) = Repository.RunCli(dir, "apply", "--adapter", "entra-csv", "partners.csv", "--source-root", dir, "--from-sarif", "partial.sarif");
            code.ShouldBe(2);
            stderr.ShouldContain(why);
        }

        File.AppendAllText(batch, "late@fabrikam.com,https://myapps.microsoft.com,true,Hi\n");
        var (changed, _, changedErr) = Repository.RunCli(dir, "apply", "--adapter", "entra-csv", "partners.csv", "--source-root", dir, "--from-sarif", "full.sarif");
        changed.ShouldBe(2);
        changedErr.ShouldContain("changed since the SARIF log was written");
    }
}
