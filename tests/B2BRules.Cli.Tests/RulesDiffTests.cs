using System.Diagnostics;
using System.Text.Json;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace B2BRules.Cli.Tests;

/// <summary>
/// <c>b2brules rules diff</c> over the repository's sample batches with two real rules files — a severity raised, a new
/// declarative rule, an override removed — lists exactly the findings that differ between two <c>check</c> runs, in
/// text, JSON and Markdown, and the rules whose settings changed.
/// </summary>
public sealed class RulesDiffTests
{
    private const string Base = """
        extends: builtin:preview-2016
        rules:
          B2B0001: warning
        overrides:
          - files: ["batches/preview-*.csv"]
            rules:
              B2B0107: off
        """;

    private const string Head = """
        extends: builtin:preview-2016
        rules:
          B2B0001: error
          ACME0001:
            title: Fabrikam invitees go through the partner portal
            message: "'{email}' is a Fabrikam address: invite it from the partner portal"
            severity: warning
            field: email
            then: { domainNotIn: [fabrikam.com] }
        """;

    private static string Workspace()
    {
        var dir = Repository.TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir, "batches"));
        foreach (var csv in Directory.GetFiles(Path.Combine(Repository.Root, "samples"), "*.csv"))
        {
            File.Copy(csv, Path.Combine(dir, "batches", Path.GetFileName(csv)));
        }

        File.WriteAllText(Path.Combine(dir, "base.yaml"), Base);
        File.WriteAllText(Path.Combine(dir, "head.yaml"), Head);
        return dir;
    }

    private sealed record Change(string Kind, string File, string Rule, int Line, int Column, string Message, string? Before, string? After);

    /// <summary>The oracle: two check runs in JSON, compared here as multisets of (file, rule, place, message) with severities.</summary>
    private static List<Change> ExpectedFromTwoChecks(string dir)
    {
        Dictionary<(string, string, int, int, string), List<string>> Findings(string rules)
        {
            var (_, json, stderr) = Repository.RunCli(dir, "check", "batches", "--rules", rules, "--source-root", dir, "--format", "json", "--fail-on", "never", "--quiet");
            var found = new Dictionary<(string, string, int, int, string), List<string>>();
            foreach (var file in JsonDocument.Parse(json).RootElement.GetProperty("files").EnumerateArray())
            {
                foreach (var f in file.GetProperty("findings").EnumerateArray().Where(f => !f.TryGetProperty("suppressed", out var s) || !s.GetBoolean()))
                {
                    var key = (file.GetProperty("path").GetString()!, f.GetProperty("ruleId").GetString()!, f.GetProperty("line").GetInt32(),
                        f.GetProperty("column").GetInt32(), f.GetProperty("message").GetString()!);
                    (found.TryGetValue(key, out var list) ? list : found[key] = []).Add(f.GetProperty("severity").GetString()!);
                }
            }

            stderr.ShouldBeEmpty();
            return found;
        }

        var before = Findings("base.yaml");
        var after = Findings("head.yaml");
        var changes = new List<Change>();
        foreach (var key in before.Keys.Union(after.Keys))
        {
            var was = before.GetValueOrDefault(key) ?? [];
            var now = after.GetValueOrDefault(key) ?? [];
            for (var i = 0; i < Math.Max(was.Count, now.Count); i++)
            {
                var (b, a) = (i < was.Count ? was[i] : null, i < now.Count ? now[i] : null);
                if (b != a)
                {
                    changes.Add(new Change(b is null ? "appeared" : a is null ? "disappeared" : "severity", key.Item1, key.Item2, key.Item3, key.Item4, key.Item5, b, a));
                }
            }
        }

        return changes;
    }

    private static List<Change> FromDiffJson(string json) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("findings").EnumerateArray().Select(f => new Change(
            f.GetProperty("change").GetString()!, f.GetProperty("file").GetString()!, f.GetProperty("ruleId").GetString()!,
            f.GetProperty("line").GetInt32(), f.GetProperty("column").GetInt32(), f.GetProperty("message").GetString()!,
            f.GetProperty("before").GetString(), f.GetProperty("after").GetString()))];

    private static IOrderedEnumerable<Change> Sorted(IEnumerable<Change> changes) =>
        changes.OrderBy(c => c.File, StringComparer.Ordinal).ThenBy(c => c.Line).ThenBy(c => c.Column).ThenBy(c => c.Rule, StringComparer.Ordinal).ThenBy(c => c.Message, StringComparer.Ordinal);

    [Fact]
    public void The_diff_lists_exactly_the_findings_that_differ_between_two_checks()
    {
        var dir = Workspace();
        var expected = ExpectedFromTwoChecks(dir);
        var (code, json, stderr) = Repository.RunCli(dir, "rules", "diff", "--base", "base.yaml", "--head", "head.yaml", "batches", "--source-root", dir, "--format", "json");
        stderr.ShouldBeEmpty();
        var actual = FromDiffJson(json);
        Sorted(actual).ShouldBe(Sorted(expected));

        // Each of the three changes shows as what it is.
        actual.Where(c => c.Rule == "B2B0001").ShouldNotBeEmpty();
        actual.Where(c => c.Rule == "B2B0001").ShouldAllBe(c => c.Kind == "severity" && c.Before == "warning" && c.After == "error");
        actual.Where(c => c.Rule == "ACME0001").ShouldNotBeEmpty();
        actual.Where(c => c.Rule == "ACME0001").ShouldAllBe(c => c.Kind == "appeared" && c.After == "warning");
        actual.Where(c => c.Rule == "B2B0107").ShouldNotBeEmpty();
        actual.Where(c => c.Rule == "B2B0107").ShouldAllBe(c => c.Kind == "appeared" && c.File.StartsWith("batches/preview-", StringComparison.Ordinal));
        actual.Select(c => c.Rule).Distinct().Order().ShouldBe(["ACME0001", "B2B0001", "B2B0107"]);
        code.ShouldBe(1); // the head adds errors (B2B0001 raised to error)

        var rules = JsonDocument.Parse(json).RootElement.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        rules.Keys.Order().ShouldBe(["ACME0001", "B2B0001", "B2B0107"]);
        rules["B2B0107"].GetProperty("forFile").GetString().ShouldStartWith("batches/preview-"); // only its override for those files went
        rules["B2B0107"].GetProperty("before").GetProperty("level").GetString().ShouldBe("off");
        rules["B2B0001"].TryGetProperty("forFile", out _).ShouldBeFalse();
        rules["ACME0001"].GetProperty("before").ValueKind.ShouldBe(JsonValueKind.Null);
        rules["B2B0001"].GetProperty("before").GetProperty("level").GetString().ShouldBe("warning");
        rules["B2B0001"].GetProperty("after").GetProperty("level").GetString().ShouldBe("error");
    }

    [Fact]
    public void Text_and_markdown_tell_the_same_changes()
    {
        var dir = Workspace();
        var (_, json, _) = Repository.RunCli(dir, "rules", "diff", "--base", "base.yaml", "--head", "head.yaml", "batches", "--source-root", dir, "--format", "json");
        var changes = FromDiffJson(json);
        var (_, text, _) = Repository.RunCli(dir, "rules", "diff", "--base", "base.yaml", "--head", "head.yaml", "batches", "--source-root", dir);
        var (_, markdown, _) = Repository.RunCli(dir, "rules", "diff", "--base", "base.yaml", "--head", "head.yaml", "batches", "--source-root", dir, "--format", "markdown");

        text.ShouldContain($"{changes.Count(c => c.Kind == "appeared")} finding(s) appear");
        text.ShouldContain("rule B2B0001: warning");
        foreach (var c in changes)
        {
            text.ShouldContain($"{c.Line}:{c.Column}");
        }

        var document = Markdown.Parse(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        var summary = document.Descendants<Table>().First();
        var rows = summary.Skip(1).Cast<TableRow>().Select(r => r.Cast<TableCell>().Select(Plain).ToList()).ToDictionary(r => r[0]);
        rows.Keys.Order().ShouldBe(["ACME0001", "B2B0001", "B2B0107"]);
        rows["B2B0001"][3].ShouldBe(changes.Count(c => c.Rule == "B2B0001").ToString(System.Globalization.CultureInfo.InvariantCulture));
        rows["ACME0001"][1].ShouldBe(changes.Count(c => c.Rule == "ACME0001").ToString(System.Globalization.CultureInfo.InvariantCulture));
        markdown.ShouldContain("<details>");
        markdown.ShouldContain("<summary>B2B0001:");
    }

    [Fact]
    public void Redact_hashes_every_address_in_every_format()
    {
        var dir = Workspace();
        foreach (var format in new[] { "text", "json", "markdown" })
        {
            var (_, output, _) = Repository.RunCli(dir, "rules", "diff", "--base", "base.yaml", "--head", "head.yaml", "batches", "--source-root", dir, "--format", format, "--redact");
            output.ShouldContain("email:");
            System.Text.RegularExpressions.Regex.IsMatch(output, @"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]").ShouldBeFalse(format);
        }
    }

    [Fact]
    public void The_base_may_be_a_git_revision_of_the_rules_file()
    {
        var dir = Workspace();
        File.Copy(Path.Combine(dir, "base.yaml"), Path.Combine(dir, "rules.yaml"));
        Git(dir, "init", "-q");
        Git(dir, "add", "rules.yaml");
        Git(dir, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "base");
        File.Copy(Path.Combine(dir, "head.yaml"), Path.Combine(dir, "rules.yaml"), overwrite: true);

        var (_, fromFiles, _) = Repository.RunCli(dir, "rules", "diff", "--base", "base.yaml", "--head", "head.yaml", "batches", "--source-root", dir, "--format", "json");
        var (code, fromGit, stderr) = Repository.RunCli(dir, "rules", "diff", "--base", "HEAD:rules.yaml", "batches", "--source-root", dir, "--format", "json");
        stderr.ShouldBeEmpty();
        code.ShouldBe(1);
        Sorted(FromDiffJson(fromGit)).ShouldBe(Sorted(FromDiffJson(fromFiles)));
        Directory.GetFiles(dir, ".b2brules-*").ShouldBeEmpty(); // the revision's copy is gone

        var (badCode, _, badErr) = Repository.RunCli(dir, "rules", "diff", "--base", "no-such-rev:rules.yaml", "batches", "--source-root", dir);
        badCode.ShouldBe(2);
        badErr.ShouldContain("no-such-rev:rules.yaml");
    }

    [Fact]
    public void Fail_on_decides_the_exit_code_and_an_unchanged_file_adds_nothing()
    {
        var dir = Workspace();
        Repository.RunCli(dir, "rules", "diff", "--base", "base.yaml", "--head", "head.yaml", "batches", "--source-root", dir, "--fail-on", "never").ExitCode.ShouldBe(0);
        var (code, text, _) = Repository.RunCli(dir, "rules", "diff", "--base", "head.yaml", "--head", "head.yaml", "batches", "--source-root", dir, "--fail-on", "warning");
        code.ShouldBe(0);
        text.ShouldContain("0 finding(s) appear (0 error(s)), 0 disappear, 0 change severity");
        text.ShouldContain("0 rule(s) changed");
        // Reversed, the change only removes and lowers: nothing added at error.
        Repository.RunCli(dir, "rules", "diff", "--base", "head.yaml", "--head", "base.yaml", "batches", "--source-root", dir).ExitCode.ShouldBe(0);
    }

    private static string Plain(TableCell cell) =>
        string.Concat(cell.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString())).Trim();

    private static void Git(string dir, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, process.StandardError.ReadToEnd());
    }
}
