namespace B2BRules.Cli.Tests;

/// <summary><c>b2brules fix</c>: certain fixes only, every other byte kept, in place only on request, splits on request of B2B0003.</summary>
public sealed class FixTests
{
    private const string Header = "version:v1.0,,,\nEmail [inviteeEmail] Required,Url [inviteRedirectURL] Required,Send [sendEmail],Message [customizedMessageBody]\n";

    private static string Batch(string dir, string rows)
    {
        File.WriteAllText(Path.Combine(dir, "batch.csv"), Header + rows);
        return Path.Combine(dir, "batch.csv");
    }

    [Fact]
    public void Fixes_padding_example_blank_and_exact_duplicate_rows_and_keeps_everything_else()
    {
        var dir = Repository.TempDirectory();
        Batch(dir, "Example: lstokes@fabrikam.com, https://myapps.microsoft.com, TRUE, Welcome\n" +
                   "ann@fabrikam.com, https://myapps.microsoft.com,true,\"Hello, Ann\"\n" +
                   ",,,\n" +
                   "bob@gmail.com,https://myapps.microsoft.com,true,Hi\n" +
                   "ANN@fabrikam.com,https://myapps.microsoft.com,true,\"Hello, Ann\"\n");
        var (code, stdout, _) = Repository.RunCli(dir, "fix", "batch.csv", "--source-root", dir);
        code.ShouldBe(0, stdout);
        stdout.ShouldContain("wrote batch.fixed.csv");
        File.ReadAllText(Path.Combine(dir, "batch.fixed.csv")).ShouldBe(Header +
            "ann@fabrikam.com,https://myapps.microsoft.com,true,\"Hello, Ann\"\n" +
            "bob@gmail.com,https://myapps.microsoft.com,true,Hi\n");
        File.ReadAllText(Path.Combine(dir, "batch.csv")).ShouldContain("Example:"); // the original is untouched
    }

    [Fact]
    public void A_plugin_s_fix_is_applied_by_fix_and_offered_in_the_SARIF_log()
    {
        var dir = Repository.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "rules.yaml"), $"plugins:\n  - {Repository.InstallTestPlugin(dir, "B2BRules.TestPlugins.Fixing")}\n");
        Batch(dir, "mailto:ann@fabrikam.com,https://myapps.microsoft.com,true,Hi\nbob@fabrikam.com,https://myapps.microsoft.com,true,Hi\n");

        var (checkCode, checkOut, _) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir, "--rules", "rules.yaml", "--output", "sarif=out.sarif");
        checkCode.ShouldBe(1, checkOut);
        using (var log = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "out.sarif"))))
        {
            var result = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Single(r => (r.TryGetProperty("ruleId", out var id) ? id : r.GetProperty("rule").GetProperty("id")).GetString() == "TEST9401");
            var fix = result.GetProperty("fixes")[0];
            fix.GetProperty("description").GetProperty("text").GetString().ShouldBe("Remove the mailto: prefix."); // SARIF messages end with a full stop
            var replacement = fix.GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
            replacement.GetProperty("insertedContent").GetProperty("text").GetString().ShouldBe("ann@fabrikam.com");
            replacement.GetProperty("deletedRegion").GetProperty("startLine").GetInt32().ShouldBe(3);
        }

        var (code, stdout, stderr) = Repository.RunCli(dir, "fix", "batch.csv", "--source-root", dir, "--rules", "rules.yaml");
        code.ShouldBe(0, stdout + stderr);
        stdout.ShouldContain("3:1 TEST9401  Remove the mailto: prefix");
        File.ReadAllText(Path.Combine(dir, "batch.fixed.csv")).ShouldBe(Header +
            "ann@fabrikam.com,https://myapps.microsoft.com,true,Hi\nbob@fabrikam.com,https://myapps.microsoft.com,true,Hi\n");
    }

    [Fact]
    public void In_place_keeps_a_backup()
    {
        var dir = Repository.TempDirectory();
        var path = Batch(dir, "ann@fabrikam.com, https://myapps.microsoft.com,true,Hi\n");
        var original = File.ReadAllText(path);
        Repository.RunCli(dir, "fix", "batch.csv", "--source-root", dir, "--in-place").ExitCode.ShouldBe(0);
        File.ReadAllText(path + ".bak").ShouldBe(original);
        File.ReadAllText(path).ShouldBe(Header + "ann@fabrikam.com,https://myapps.microsoft.com,true,Hi\n");
    }

    [Fact]
    public void An_oversized_batch_is_split_into_parts_with_the_header()
    {
        var dir = Repository.TempDirectory();
        Batch(dir, string.Concat(Enumerable.Range(1, 5).Select(i => $"user{i}@fabrikam.com,https://myapps.microsoft.com,true,Hi\n")));
        File.WriteAllText(Path.Combine(dir, "rules.yaml"), "policy: { maxRows: 2 }\n");
        var (code, stdout, _) = Repository.RunCli(dir, "fix", "batch.csv", "--source-root", dir, "--rules", "rules.yaml");
        code.ShouldBe(0, stdout);
        stdout.ShouldContain("B2B0003  Split the batch into files of at most 2 rows");
        var parts = Directory.GetFiles(dir, "batch.part-*.csv").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        parts.Count.ShouldBe(3);
        parts[0].ShouldBe(Header + "user1@fabrikam.com,https://myapps.microsoft.com,true,Hi\nuser2@fabrikam.com,https://myapps.microsoft.com,true,Hi\n");
        parts[2].ShouldBe(Header + "user5@fabrikam.com,https://myapps.microsoft.com,true,Hi\n");
    }

    [Fact]
    public void The_domain_is_lower_cased()
    {
        var dir = Repository.TempDirectory();
        Batch(dir, "Ann.Lee@Fabrikam.COM,https://myapps.microsoft.com,true,Hi\n");
        Repository.RunCli(dir, "fix", "batch.csv", "--source-root", dir).Stdout.ShouldContain("B2B0114  Lower-case the domain");
        File.ReadAllText(Path.Combine(dir, "batch.fixed.csv")).ShouldBe(Header + "Ann.Lee@fabrikam.com,https://myapps.microsoft.com,true,Hi\n");
    }
}
