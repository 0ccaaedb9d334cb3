using System.Text.Json;

namespace B2BRules.Cli.Tests;

/// <summary>Adopting the tool on an old batch: baseline it, re-sort it, add two bad rows, and only those two are new.</summary>
public sealed class BaselineTests
{
    private const string Header = "version:v1.0,,,\nEmail [inviteeEmail] Required,Url [inviteRedirectURL] Required,Send [sendEmail],Message [customizedMessageBody]\n";

    /// <summary>Ten rows with one known finding each.</summary>
    private static readonly string[] KnownRows =
    [
        "walter@gmail.com,https://myapps.microsoft.com,true,Welcome",          // B2B0001
        "info@northwind.com,https://myapps.microsoft.com,true,Welcome",        // B2B0002
        "sam+test@fabrikam.com,https://myapps.microsoft.com,true,Welcome",     // B2B0105
        "ann@fabrikam.com,http://intranet.fabrikam.com,true,Welcome",          // B2B0107
        "bob@fabrikam.com,https://myapps.microsoft.com,yes,Welcome",           // B2B0110
        "cy@fabrikam.com, https://myapps.microsoft.com,true,Welcome",          // B2B0109
        "dee@fabrikam.com,https://myapps.microsoft.com,true,=1+1",             // B2B0113
        "eve@hotmail.com,https://myapps.microsoft.com,true,Welcome",           // B2B0001
        "dl-sales@adatum.com,https://myapps.microsoft.com,true,Welcome",       // B2B0002
        "fay@fabrikam.com,https://myapps.microsoft.com,maybe,Welcome",         // B2B0110
    ];

    private static readonly string[] NewRows =
    [
        "gus@yahoo.com,https://myapps.microsoft.com,true,Welcome",             // B2B0001, new
        "sales@contoso.com,https://myapps.microsoft.com,true,Welcome",         // B2B0002, new
    ];

    private static string Setup()
    {
        var dir = Repository.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "rules.yaml"), "extends: builtin:preview-2016\npolicy: { guestLifecycle: { accessReviews: true } }\n");
        File.WriteAllText(Path.Combine(dir, "batch.csv"), Header + string.Join("\n", KnownRows) + "\n");
        var (code, stdout, _) = Repository.RunCli(dir, "baseline", "create", "batch.csv", "--source-root", dir);
        code.ShouldBe(0, stdout);
        stdout.ShouldContain("Wrote b2brules.baseline.sarif with 10 findings");
        return dir;
    }

    [Fact]
    public void Shuffled_rows_with_two_new_bad_rows_report_exactly_the_two_new_ones()
    {
        var dir = Setup();
        var shuffled = KnownRows.Reverse().Take(5).Concat(NewRows).Concat(KnownRows.Reverse().Skip(5));
        File.WriteAllText(Path.Combine(dir, "batch.csv"), Header + string.Join("\n", shuffled) + "\n");

        var (code, stdout, _) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir,
            "--baseline", "b2brules.baseline.sarif", "--fail-on-new", "--output", "sarif=out.sarif");
        code.ShouldBe(1, stdout);
        stdout.Split('\n').Where(l => l.EndsWith("(new)", StringComparison.Ordinal)).Select(l => l.Split("  ", StringSplitOptions.RemoveEmptyEntries)[2].Trim())
            .ShouldBe(["B2B0001", "B2B0002"]);
        stdout.ShouldContain("2 new, 0 fixed since the baseline");

        using var log = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "out.sarif")));
        var states = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .GroupBy(r => r.GetProperty("baselineState").GetString()).ToDictionary(g => g.Key!, g => g.Count());
        states["new"].ShouldBe(2);
        (states.GetValueOrDefault("unchanged") + states.GetValueOrDefault("updated")).ShouldBe(10);
        states.ContainsKey("absent").ShouldBeFalse();
    }

    [Fact]
    public void Re_sorting_alone_produces_no_new_finding_and_passes_the_gate()
    {
        var dir = Setup();
        File.WriteAllText(Path.Combine(dir, "batch.csv"), Header + string.Join("\n", KnownRows.Reverse()) + "\n");
        var (code, stdout, _) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir, "--baseline", "b2brules.baseline.sarif", "--fail-on-new");
        code.ShouldBe(0, stdout);
        stdout.ShouldContain("0 new, 0 fixed since the baseline");
    }

    [Fact]
    public void Fixed_findings_are_absent_and_prune_drops_them()
    {
        var dir = Setup();
        File.WriteAllText(Path.Combine(dir, "batch.csv"), Header + string.Join("\n", KnownRows.Skip(2)) + "\n");
        var (_, stdout, _) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir, "--baseline", "b2brules.baseline.sarif",
            "--output", "sarif=check.sarif");
        stdout.ShouldContain("0 new, 2 fixed since the baseline");

        // The fixed findings stay in the log as absent results, with GitHub's line hash of their line in today's file.
        using var log = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "check.sarif")));
        var absent = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("baselineState").GetString() == "absent").ToList();
        absent.Count.ShouldBe(2);
        var lines = Engine.Sarif.LineHash.Read(Path.Combine(dir, "batch.csv"));
        foreach (var result in absent)
        {
            var line = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32();
            result.GetProperty("partialFingerprints").GetProperty("primaryLocationLineHash").GetString()
                .ShouldBe(Engine.Sarif.LineHash.Format(lines.ValueOf(line)!.Value));
        }

        var (code, pruned, _) = Repository.RunCli(dir, "baseline", "prune", "batch.csv", "--source-root", dir, "--baseline", "b2brules.baseline.sarif");
        code.ShouldBe(0, pruned);
        pruned.ShouldContain("kept 8 findings, dropped 2 that no longer occur");
        Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir, "--baseline", "b2brules.baseline.sarif").Stdout
            .ShouldContain("0 new, 0 fixed since the baseline");
    }

    [Fact]
    public void A_missing_or_foreign_baseline_is_a_usage_error()
    {
        var dir = Setup();
        Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir, "--baseline", "nope.sarif").ExitCode.ShouldBe(2);
        File.WriteAllText(Path.Combine(dir, "foreign.sarif"), "{\"runs\":[{\"results\":[{\"ruleId\":\"X\",\"message\":{\"text\":\"m\"}}]}]}");
        var (code, _, stderr) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir, "--baseline", "foreign.sarif");
        code.ShouldBe(2);
        stderr.ShouldContain("without a b2brules/v1 fingerprint");
    }
}
