namespace B2BRules.Cli.Tests;

/// <summary>The exit codes of docs/ci.md, from the real executable.</summary>
public sealed class ExitCodeTests
{
    private static string Batch(string directory, string rows)
    {
        var path = Path.Combine(directory, "batch.csv");
        File.WriteAllText(path, "Email,DisplayName\n" + rows);
        return path;
    }

    /// <summary>A folder with batch.csv (and rules.yaml when given), checked with the extra arguments.</summary>
    private static (int ExitCode, string Stdout, string Stderr) Check(string rows, string? rulesYaml, params string[] extra)
    {
        var dir = Repository.TempDirectory();
        Batch(dir, rows);
        if (rulesYaml is not null)
        {
            File.WriteAllText(Path.Combine(dir, "rules.yaml"), rulesYaml);
        }

        return Repository.RunCli(dir, ["check", "batch.csv", "--source-root", dir, .. extra]);
    }

    [Fact]
    public void Clean_batch_exits_0_and_prints_a_summary()
    {
        var (code, stdout, _) = Check("ann@fabrikam.com,Ann\n", "policy: { guestLifecycle: { accessReviews: true } }\n");
        code.ShouldBe(0, stdout);
        stdout.ShouldContain("0 errors, 0 warnings, 0 notes in 1 file (1 row checked)");
    }

    [Fact]
    public void Errors_exit_1_and_fail_on_never_exits_0()
    {
        Check("walter@gmail.com,Walter\n", null).ExitCode.ShouldBe(1);
        Check("walter@gmail.com,Walter\n", null, "--fail-on", "never").ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Warnings_fail_only_with_fail_on_warning()
    {
        Check(" ann@fabrikam.com,Ann\n", null).ExitCode.ShouldBe(0);
        Check(" ann@fabrikam.com,Ann\n", null, "--fail-on", "warning").ExitCode.ShouldBe(1);
    }

    [Fact]
    public void Broken_rules_yaml_exits_2_naming_file_line_and_column()
    {
        var (code, stdout, _) = Check("ann@fabrikam.com,Ann\n", "rules:\n  B2B0001: sometimes\n");
        code.ShouldBe(2);
        stdout.ShouldContain("rules.yaml(2,12): error B2B9003: 'sometimes' is not a severity");
    }

    [Theory]
    [InlineData("missing.csv")]
    [InlineData("--format")]
    public void Missing_input_or_bad_usage_exits_2(string arg)
    {
        var dir = Repository.TempDirectory();
        Repository.RunCli(dir, "check", arg).ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Input_outside_the_source_root_exits_2_naming_the_option()
    {
        var dir = Repository.TempDirectory();
        var inner = Directory.CreateDirectory(Path.Combine(dir, "root")).FullName;
        Batch(dir, "ann@fabrikam.com,Ann\n");
        var (code, _, stderr) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", inner);
        code.ShouldBe(2);
        stderr.ShouldContain("--source-root");
    }

    [Fact]
    public void Sarif_to_stdout_keeps_the_human_report_on_stderr()
    {
        var dir = Repository.TempDirectory();
        Batch(dir, "walter@gmail.com,Walter\n");
        var (code, stdout, stderr) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir, "--format", "sarif");
        code.ShouldBe(1);
        stdout.ShouldStartWith("{");
        stdout.ShouldContain("\"id\": \"B2B0001\"", Case.Sensitive);
        stderr.ShouldContain("B2B0001");
    }

    [Fact]
    public void Several_outputs_are_written()
    {
        var dir = Repository.TempDirectory();
        Batch(dir, "walter@gmail.com,Walter\n");
        Repository.RunCli(dir, "check", ".", "--source-root", dir, "--output", "sarif=out/a.sarif", "--output", "json=out/a.json", "--output", "github=out/a.txt");
        File.ReadAllText(Path.Combine(dir, "out", "a.sarif")).ShouldContain("\"version\": \"2.1.0\"");
        File.ReadAllText(Path.Combine(dir, "out", "a.json")).ShouldContain("\"ruleId\": \"B2B0001\"");
        File.ReadAllText(Path.Combine(dir, "out", "a.txt")).ShouldContain("::error file=batch.csv,line=2,col=1");
    }

    [Fact]
    public void Help_explains_the_exit_codes()
    {
        var (code, stdout, _) = Repository.RunCli(Repository.TempDirectory(), "check", "--help");
        code.ShouldBe(0);
        string.Join(' ', stdout.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ShouldContain("3 tool failure: a plugin present but not loadable");
    }

    [Fact]
    public void Unknown_rule_id_is_a_warning_with_a_suggestion_and_leaves_the_exit_code_alone()
    {
        var (code, stdout, _) = Check("ann@fabrikam.com,Ann\n", "policy: { guestLifecycle: { accessReviews: true } }\nrules:\n  B2B001: off\n");
        code.ShouldBe(0);
        stdout.ShouldContain("rules.yaml(3,3): warning B2B9003: Rule 'B2B001' in the rules file matches no loaded rule (did you mean B2B0001, B2B0010 or B2B0011?)");
    }
}
