using System.Text.Json;
using System.Xml.Linq;
using Json.Schema;

namespace B2BRules.Cli.Tests;

/// <summary>CI formats and the privacy and size switches, from the real executable.</summary>
public sealed class OutputFormatTests
{
    private static string Batch()
    {
        var dir = Repository.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "batch.csv"),
            "Email,DisplayName\nwalter@gmail.com,Walter\ninfo@northwind.com, Info\nann@fabrikam.com,Ann\nANN@fabrikam.com,Ann\n");
        File.WriteAllText(Path.Combine(dir, "suppressions.yaml"),
            "suppressions:\n  - rule: B2B0106\n    email: ann@fabrikam.com\n    justification: Two contracts (SEC-1234)\n");
        return dir;
    }

    private static (int Code, string Stdout) Run(string dir, params string[] args)
    {
        var (code, stdout, _) = Repository.RunCli(dir, ["check", "batch.csv", "--source-root", dir, "--suppressions", "suppressions.yaml", .. args]);
        return (code, stdout);
    }

    private static JsonElement Results(string dir, string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, file))).RootElement.GetProperty("runs")[0].GetProperty("results");

    [Fact]
    public void Sarif_keeps_suppressed_results_marked_and_omits_them_on_request()
    {
        var dir = Batch();
        Run(dir, "--output", "sarif=all.sarif");
        var suppressed = Results(dir, "all.sarif").EnumerateArray().Single(r => RuleId(r) == "B2B0106");
        var entry = suppressed.GetProperty("suppressions")[0];
        (entry.GetProperty("kind").GetString(), entry.GetProperty("status").GetString(), entry.GetProperty("justification").GetString())
            .ShouldBe(("external", "accepted", "Two contracts (SEC-1234)"));

        Run(dir, "--output", "sarif=omit.sarif", "--sarif-omit-suppressed");
        Results(dir, "omit.sarif").EnumerateArray().Select(RuleId).ShouldNotContain("B2B0106");
    }

    [Fact]
    public void Redact_replaces_every_email_in_every_output_with_a_stable_hash()
    {
        var dir = Batch();
        var (_, text) = Run(dir, "--redact", "--output", "sarif=r.sarif", "--output", "json=r.json", "--output", "github=r.txt", "--output", "junit=r.xml");
        var hash = B2BRules.Engine.Reporting.ReportOptions.Hash("walter@gmail.com");
        foreach (var output in new[] { text }.Concat(new[] { "r.sarif", "r.json", "r.txt", "r.xml" }.Select(f => File.ReadAllText(Path.Combine(dir, f)))))
        {
            output.ShouldNotContain("walter@gmail.com");
            output.ShouldNotContain("northwind.com'");
            output.ShouldContain(hash);
        }
    }

    [Fact]
    public void No_snippets_leaves_cell_text_out_of_sarif()
    {
        var dir = Batch();
        Run(dir, "--output", "sarif=with.sarif");
        Run(dir, "--output", "sarif=without.sarif", "--no-snippets");
        File.ReadAllText(Path.Combine(dir, "with.sarif")).ShouldContain("\"snippet\"");
        File.ReadAllText(Path.Combine(dir, "without.sarif")).ShouldNotContain("\"snippet\"");
    }

    [Fact]
    public void A_capped_log_says_so()
    {
        var dir = Batch();
        Run(dir, "--output", "sarif=capped.sarif", "--sarif-max-results", "2");
        var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "capped.sarif"))).RootElement.GetProperty("runs")[0];
        run.GetProperty("results").GetArrayLength().ShouldBe(2);
        run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray()
            .ShouldContain(n => n.GetProperty("descriptor").GetProperty("id").GetString() == "B2B9012");
        run.GetProperty("properties").GetProperty("b2brules").GetProperty("capped").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void A_log_over_githubs_limit_keeps_every_result_and_says_how_to_cap_it()
    {
        var dir = Repository.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "batch.csv"), "Email,DisplayName\n" + string.Concat(Enumerable.Range(0, 5001).Select(i => $"user{i}@gmail.com,User\n")));
        Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir, "--rules", Rules(dir, "rules: { B2B0003: off, B2B0007: off }\n"), "--output", "sarif=big.sarif");
        var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "big.sarif"))).RootElement.GetProperty("runs")[0];
        run.GetProperty("results").GetArrayLength().ShouldBe(5001);
        var note = run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray()
            .Single(n => n.GetProperty("descriptor").GetProperty("id").GetString() == "B2B9012");
        note.GetProperty("level").GetString().ShouldBe("note");
        note.GetProperty("message").GetProperty("text").GetString()!.ShouldContain("--sarif-max-results 5000");
        run.GetProperty("properties").GetProperty("b2brules").GetProperty("capped").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public void Junit_has_one_case_per_rule_and_file_failing_where_findings_reach_fail_on()
    {
        var dir = Batch();
        Run(dir, "--output", "junit=out.xml");
        var suite = XDocument.Load(Path.Combine(dir, "out.xml")).Root!.Element("testsuite")!;
        suite.Attribute("name")!.Value.ShouldBe("batch.csv");
        var cases = suite.Elements("testcase").ToList();
        cases.Count.ShouldBe(int.Parse(suite.Attribute("tests")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        cases.Where(c => c.Element("failure") is not null).Select(c => c.Attribute("name")!.Value[..7]).ShouldBe(["B2B0001", "B2B0002"]);
        cases.Single(c => c.Attribute("name")!.Value.StartsWith("B2B0109", StringComparison.Ordinal)).Element("system-out")!.Value.ShouldContain("batch.csv:3:");
    }

    [Fact]
    public void Json_follows_its_published_schema()
    {
        var dir = Batch();
        Run(dir, "--output", "json=out.json", "--baseline", Baseline(dir));
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Repository.Root, "docs", "json-report.schema.json")));
        var result = schema.Evaluate(JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "out.json"))).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        result.IsValid.ShouldBeTrue(string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Max_warnings_fails_a_run_with_more_warnings()
    {
        var dir = Batch();
        // Two warnings under builtin:entra: B2B0002 (info@) and B2B0109 (' Info'); the consumer address is a note there.
        Run(dir, "--rules", Rules(dir, "extends: builtin:entra\npolicy: { guestLifecycle: { accessReviews: true } }\n"), "--max-warnings", "2").Code.ShouldBe(0);
        Run(dir, "--rules", Rules(dir, "extends: builtin:entra\npolicy: { guestLifecycle: { accessReviews: true } }\n"), "--max-warnings", "1").Code.ShouldBe(1);
    }

    [Fact]
    public void A_report_file_is_written_new_or_replaces_the_whole_of_an_existing_one()
    {
        var dir = Batch();
        Run(dir, "--output", "sarif=new.sarif", "--output", "json=reports/new.json");
        var written = File.ReadAllText(Path.Combine(dir, "new.sarif"));

        var existing = Path.Combine(dir, "old.sarif");
        File.WriteAllText(existing, new string('x', written.Length * 3));
        Run(dir, "--output", "sarif=old.sarif");

        File.ReadAllText(existing).Length.ShouldBe(written.Length, "nothing of the longer file is left after the log");
        Results(dir, "old.sarif").GetArrayLength().ShouldBe(Results(dir, "new.sarif").GetArrayLength());
        JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "reports", "new.json"))).RootElement.ValueKind.ShouldBe(JsonValueKind.Object);
    }

    /// <summary>Driver results carry ruleId; plugin results rule.id.</summary>
    private static string? RuleId(JsonElement result) =>
        result.TryGetProperty("ruleId", out var id) ? id.GetString() : result.GetProperty("rule").GetProperty("id").GetString();

    private static string Rules(string dir, string yaml)
    {
        File.WriteAllText(Path.Combine(dir, "rules.yaml"), yaml);
        return Path.Combine(dir, "rules.yaml");
    }

    private static string Baseline(string dir)
    {
        Repository.RunCli(dir, "baseline", "create", "batch.csv", "--source-root", dir, "--output", "base.sarif").ExitCode.ShouldBe(0);
        return "base.sarif";
    }
}
