using System.Text.Json;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace B2BRules.Cli.Tests;

/// <summary>
/// <c>check</c> on a CI system writes a Markdown job summary: appended to GitHub's GITHUB_STEP_SUMMARY, uploaded with
/// Azure Pipelines' task.uploadsummary; totals and findings per rule that match the report, links to the lines of the
/// commit, --redact respected, and none with --no-summary. That it passes a Markdown linter is checked in CI
/// (tests/markdown/lint.sh).
/// </summary>
public sealed class JobSummaryTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private static string Workspace()
    {
        var dir = Repository.TempDirectory();
        File.Copy(Path.Combine(Repository.Root, "samples", "partners-entra.csv"), Path.Combine(dir, "partners.csv"));
        return dir;
    }

    private static Dictionary<string, string> GitHub(string dir, string summary) => new()
    {
        ["GITHUB_STEP_SUMMARY"] = summary,
        ["GITHUB_SERVER_URL"] = "https://github.com",
        ["GITHUB_REPOSITORY"] = "contoso/invitations",
        ["GITHUB_SHA"] = "0123abcd",
        ["GITHUB_WORKSPACE"] = dir,
    };

    [Fact]
    public void On_GitHub_the_summary_is_appended_and_matches_the_report()
    {
        var dir = Workspace();
        var summary = Path.Combine(dir, "step-summary.md");
        File.WriteAllText(summary, "## An earlier step\n\nIts summary.\n\n");
        var (code, json, _) = Repository.RunCli(dir, GitHub(dir, summary), "check", "partners.csv", "--source-root", dir, "--format", "json");
        code.ShouldBe(1);

        var text = File.ReadAllText(summary);
        text.ShouldStartWith("## An earlier step\n\nIts summary.\n\n");
        text.ShouldContain("## b2brules check");
        var perRule = JsonDocument.Parse(json).RootElement.GetProperty("files").EnumerateArray()
            .SelectMany(f => f.GetProperty("findings").EnumerateArray())
            .Where(f => f.GetProperty("severity").GetString() != "hidden")
            .GroupBy(f => f.GetProperty("ruleId").GetString()!).ToDictionary(g => g.Key, g => g.Count());

        var document = Markdown.Parse(text, Pipeline);
        var tables = document.Descendants<Table>().ToList();
        tables.Count.ShouldBe(2);
        var rows = Rows(tables[0]);
        rows.GroupBy(r => r[0]).ToDictionary(g => g.Key, g => g.Sum(r => int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture))).ShouldBe(perRule, ignoreOrder: true);

        // Invitee addresses and URLs in messages are code, never links to mail or to follow.
        document.Descendants<AutolinkInline>().ShouldBeEmpty();
        document.Descendants<LinkInline>().Where(l => l.IsAutoLink).ShouldBeEmpty();
        document.Descendants<CodeInline>().Select(c => c.Content).ShouldContain(c => c.Contains('@', StringComparison.Ordinal));

        var links = tables[1].Descendants<LinkInline>().Select(l => l.Url).ToList();
        links.Count.ShouldBe(Math.Min(20, perRule.Values.Sum()));
        links.ShouldAllBe(url => url!.StartsWith("https://github.com/contoso/invitations/blob/0123abcd/partners.csv#L", StringComparison.Ordinal));
    }

    [Fact]
    public void Redact_reaches_the_summary_and_no_summary_writes_none()
    {
        var dir = Workspace();
        var summary = Path.Combine(dir, "step-summary.md");
        Repository.RunCli(dir, GitHub(dir, summary), "check", "partners.csv", "--source-root", dir, "--redact", "--quiet");
        var text = File.ReadAllText(summary);
        text.ShouldContain("email:");
        System.Text.RegularExpressions.Regex.IsMatch(text, @"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]").ShouldBeFalse();

        File.Delete(summary);
        Repository.RunCli(dir, GitHub(dir, summary), "check", "partners.csv", "--source-root", dir, "--no-summary", "--quiet");
        File.Exists(summary).ShouldBeFalse();
    }

    [Fact]
    public void On_Azure_Pipelines_the_summary_is_uploaded_with_a_logging_command()
    {
        var dir = Workspace();
        var agentTemp = Directory.CreateDirectory(Path.Combine(dir, "agent-temp")).FullName;
        var environment = new Dictionary<string, string> { ["TF_BUILD"] = "True", ["AGENT_TEMPDIRECTORY"] = agentTemp };
        var (_, stdout, _) = Repository.RunCli(dir, environment, "check", "partners.csv", "--source-root", dir, "--quiet");
        var command = stdout.Split('\n').Single(l => l.StartsWith("##vso[task.uploadsummary]", StringComparison.Ordinal)).Trim();
        var path = command["##vso[task.uploadsummary]".Length..];
        Path.GetDirectoryName(path).ShouldBe(agentTemp);
        File.ReadAllText(path).ShouldContain("## b2brules check");

        // With SARIF on stdout the command goes to stderr, and stdout stays a valid log.
        var (_, sarif, stderr) = Repository.RunCli(dir, environment, "check", "partners.csv", "--source-root", dir, "--format", "sarif");
        stderr.ShouldContain("##vso[task.uploadsummary]");
        JsonDocument.Parse(sarif).RootElement.GetProperty("version").GetString().ShouldBe("2.1.0");
    }

    private static List<List<string>> Rows(Table table) =>
        [.. table.Skip(1).Cast<TableRow>().Select(r => r.Cast<TableCell>().Select(c => string.Concat(c.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim()).ToList())];
}
