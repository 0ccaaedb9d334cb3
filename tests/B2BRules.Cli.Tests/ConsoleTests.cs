using System.Diagnostics;
using System.Text;

namespace B2BRules.Cli.Tests;

/// <summary>
/// The console experience: colours and progress only on a terminal (a real pseudo-terminal through util-linux's
/// `script`), NO_COLOR respected, --quiet, and examples in every verb's help.
/// </summary>
public sealed class ConsoleTests
{
    private const string Escape = "\u001b[";

    private static string Batch(int rows = 3)
    {
        var dir = Repository.TempDirectory();
        var csv = new StringBuilder("Email,DisplayName\n");
        for (var i = 0; i < rows; i++)
        {
            csv.Append(i % 2 == 0 ? $"user{i}@gmail.com" : $"user{i}@fabrikam.com").Append(",User\n");
        }

        File.WriteAllText(Path.Combine(dir, "batch.csv"), csv.ToString());
        return dir;
    }

    /// <summary>Runs the CLI on a pseudo-terminal and returns everything the terminal received.</summary>
    private static string OnTerminal(string dir, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var command = string.Join(' ', new[] { "dotnet", Repository.CliAssembly }.Concat(args).Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
        var start = new ProcessStartInfo("script", ["-qec", command, "/dev/null"])
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
        };
        start.Environment["TERM"] = "xterm-256color";
        start.Environment.Remove("NO_COLOR");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        process.WaitForExit(120_000).ShouldBeTrue();
        return output.Result;
    }

    [Fact]
    public void On_a_terminal_severities_are_coloured()
    {
        var dir = Batch();
        var terminal = OnTerminal(dir, new Dictionary<string, string>(), "check", "batch.csv", "--source-root", dir);
        terminal.ShouldContain($"{Escape}31merror");
        terminal.ShouldContain("B2B0001");
    }

    [Fact]
    public void NO_COLOR_and_redirected_output_get_plain_text()
    {
        var dir = Batch();
        var terminal = OnTerminal(dir, new Dictionary<string, string> { ["NO_COLOR"] = "1" }, "check", "batch.csv", "--source-root", dir);
        terminal.ShouldContain("B2B0001");
        terminal.ShouldNotContain($"{Escape}31m");
        var (_, stdout, stderr) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir);
        stdout.ShouldContain("B2B0001");
        (stdout + stderr).ShouldNotContain(Escape);
    }

    [Fact]
    public void A_long_run_shows_progress_on_a_terminal_and_erases_it()
    {
        var dir = Batch(rows: 150_000);
        var terminal = OnTerminal(dir, new Dictionary<string, string>(), "check", "batch.csv", "--source-root", dir, "--output", "sarif=out.sarif");
        terminal.ShouldContain("checking 0/1 files");
        terminal.ShouldContain(" rows · ");
        terminal.ShouldContain("\r" + Escape + "2K"); // the line is erased before the report
        var quiet = OnTerminal(dir, new Dictionary<string, string>(), "check", "batch.csv", "--source-root", dir, "--output", "sarif=out.sarif", "--quiet");
        quiet.ShouldNotContain("checking");
    }

    [Fact]
    public void Quiet_writes_the_outputs_and_nothing_else()
    {
        var dir = Batch();
        var (code, stdout, stderr) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir, "--output", "sarif=out.sarif", "--quiet");
        code.ShouldBe(1);
        stdout.ShouldBeEmpty();
        stderr.ShouldBeEmpty();
        File.ReadAllText(Path.Combine(dir, "out.sarif")).ShouldContain("B2B0001");
        Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir, "-q").Stdout.ShouldBeEmpty();
    }

    [Fact]
    public void Quiet_still_says_why_the_run_failed()
    {
        var dir = Batch();
        File.WriteAllText(Path.Combine(dir, "rules.yaml"), "rules:\n  B2B0001: bogus\n");
        var (code, stdout, stderr) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir, "--rules", "rules.yaml", "--quiet");
        code.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain("rules.yaml(2,12): error B2B9003: 'bogus' is not a severity");
    }

    [Theory]
    [InlineData("check")]
    [InlineData("apply")]
    [InlineData("fix")]
    [InlineData("init")]
    [InlineData("test")]
    [InlineData("baseline", "create")]
    [InlineData("baseline", "prune")]
    [InlineData("rules", "list")]
    [InlineData("rules", "explain")]
    public void Every_verb_has_examples_in_its_help(params string[] verb)
    {
        var (code, stdout, _) = Repository.RunCli(Repository.TempDirectory(), [.. verb, "--help"]);
        code.ShouldBe(0);
        stdout.ShouldContain("EXAMPLES:");
        stdout.ShouldContain("b2brules " + string.Join(' ', verb));
    }
}
