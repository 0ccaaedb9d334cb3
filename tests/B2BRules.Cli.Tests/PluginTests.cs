namespace B2BRules.Cli.Tests;

/// <summary>Third-party plugins load from rules.yaml; a faulty one never takes the other findings down.</summary>
public sealed class PluginTests
{
    private static string Setup(string pluginName, string ruleOptions = "")
    {
        var dir = Repository.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "rules.yaml"), $"plugins:\n  - {Repository.InstallTestPlugin(dir, pluginName)}\n{ruleOptions}");
        File.WriteAllText(Path.Combine(dir, "batch.csv"), "Email,DisplayName\nann@rival.example,Ann\nwalter@gmail.com,Walter\ncy@rival.example,Cy\n");
        return dir;
    }

    [Fact]
    public void Third_party_plugin_findings_appear_beside_the_built_in_ones()
    {
        var dir = Setup("B2BRules.TestPlugins.ThirdParty", "rules:\n  ACME1001:\n    options: { domains: [rival.example] }\n");
        var (code, stdout, _) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir, "--output", "sarif=out.sarif");
        code.ShouldBe(1, stdout);
        stdout.ShouldContain("2:1      error    ACME1001  'ann@rival.example' is at competitor domain 'rival.example'");
        stdout.ShouldContain("4:1      error    ACME1001");
        stdout.ShouldContain("B2B0001");
        var sarif = File.ReadAllText(Path.Combine(dir, "out.sarif"));
        sarif.ShouldContain("\"name\": \"B2BRules.TestPlugins.ThirdParty\"");
    }

    [Fact]
    public void A_plugin_built_against_an_older_YamlDotNet_runs_with_its_own_copy()
    {
        var dir = Setup("B2BRules.TestPlugins.OlderYaml", "rules:\n  TEST9301:\n    options: { watchList: \"[ann@rival.example]\" }\n");
        var (code, stdout, stderr) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir);
        code.ShouldBe(1, stdout + stderr); // B2B0001 on walter@gmail.com
        stdout.ShouldContain("2:1      warning  TEST9301  'ann@rival.example' is on the watch list (read with YamlDotNet 13.1.1)");
        typeof(YamlDotNet.RepresentationModel.YamlStream).Assembly.GetName().Version!.Major.ShouldBeGreaterThan(13, "the host's YamlDotNet must differ for this test to mean anything");
    }

    [Fact]
    public void A_plugin_built_against_a_newer_FileSystemGlobbing_runs_with_its_own_copy()
    {
        var dir = Setup("B2BRules.TestPlugins.NewerGlobbing", "rules:\n  TEST9302:\n    options: { patterns: [\"cy@*\"] }\n");
        var (code, stdout, stderr) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir);
        code.ShouldBe(1, stdout + stderr); // B2B0001 on walter@gmail.com
        stdout.ShouldContain("4:1      warning  TEST9302  'cy@rival.example' matches an address glob (FileSystemGlobbing 11.0.0)");
        typeof(Microsoft.Extensions.FileSystemGlobbing.Matcher).Assembly.GetName().Version!.Major.ShouldBeLessThan(11, "the host's FileSystemGlobbing must be older for this test to mean anything");
    }

    [Fact]
    public void Throwing_rule_is_quarantined_other_findings_stay_and_the_run_exits_3()
    {
        var dir = Setup("B2BRules.TestPlugins.Throwing");
        var (code, stdout, _) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir);
        code.ShouldBe(3, stdout);
        stdout.ShouldContain("2:1      warning  TEST9101  Saw 'ann@rival.example'");
        stdout.ShouldNotContain("Saw 'cy@rival.example'");
        stdout.ShouldContain("error B2B9001: ThrowingRule (TEST9101) in B2BRules.TestPlugins.Throwing threw InvalidOperationException on record 2 (line 3): boom on purpose");
        stdout.ShouldContain("3:1      error    B2B0001");
        stdout.ShouldContain("B2B9005: UndeclaredRule (TEST9102) in B2BRules.TestPlugins.Throwing reported TEST9103");
    }

    [Fact]
    public void Hanging_and_looping_rules_are_abandoned_quarantined_for_the_run_and_the_rest_completes()
    {
        var dir = Setup("B2BRules.TestPlugins.Hanging");
        File.WriteAllText(Path.Combine(dir, "second.csv"), "Email,DisplayName\nzoe@gmail.com,Zoe\nyan@rival.example,Yan\n");
        var (code, stdout, _) = Repository.RunCli(dir, "check", "batch.csv", "second.csv", "--source-root", dir, "--rule-timeout", "0.5", "--output", "sarif=out.sarif");
        code.ShouldBe(3, stdout);
        stdout.ShouldContain("2:1      warning  TEST9201  Saw 'ann@rival.example'");
        stdout.ShouldContain("error B2B9004: HangingRule (TEST9201) in B2BRules.TestPlugins.Hanging took longer than 0.5 s on record 2 (line 3)");
        stdout.ShouldContain("error B2B9004: LoopingRule (TEST9202) in B2BRules.TestPlugins.Hanging took longer than 0.5 s on record 3 (line 4)");
        stdout.ShouldNotContain("Saw 'zoe@gmail.com'"); // quarantined for the rest of the run, second.csv included
        stdout.ShouldContain("3:1      error    B2B0001  'walter@gmail.com'");   // every other rule's findings are complete
        stdout.ShouldContain("2:1      error    B2B0001  'zoe@gmail.com'");
        File.ReadAllText(Path.Combine(dir, "out.sarif")).ShouldContain("\"id\": \"B2B9004\"");
    }

    [Fact]
    public void A_plugin_claiming_a_built_in_rule_id_is_refused_and_the_run_exits_3()
    {
        var dir = Setup("B2BRules.TestPlugins.Clash");
        var (code, stdout, _) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir);
        code.ShouldBe(3, stdout);
        stdout.ShouldContain("B2B9006: Rule ID B2B0001 is declared by B2BRules.Plugins.ConsumerDomains and again by ClashingRule in B2BRules.TestPlugins.Clash");
        stdout.ShouldNotContain("Impostor");
        stdout.ShouldContain("3:1      error    B2B0001  'walter@gmail.com' is at the consumer email domain");
    }

    [Fact]
    public void A_plugin_whose_dependency_is_missing_fails_alone_and_the_run_exits_3()
    {
        var dir = Setup("B2BRules.TestPlugins.MissingDependency");
        File.Delete(Path.Combine(dir, "extra", "B2BRules.TestPlugins.MissingDependency", "B2BRules.TestPlugins.Support.dll"));
        var (code, stdout, _) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir);
        code.ShouldBe(3, stdout);
        stdout.ShouldContain("B2B9001: DependentRule (TEST9301) in B2BRules.TestPlugins.MissingDependency threw FileNotFoundException");
        stdout.ShouldContain("B2BRules.TestPlugins.Support");
        stdout.ShouldContain("3:1      error    B2B0001  'walter@gmail.com'");
    }

    [Fact]
    public void A_plugin_finds_a_dependency_in_a_probing_path_its_runtimeconfig_names()
    {
        var dir = Setup("B2BRules.TestPlugins.MissingDependency");
        var pluginDir = Path.Combine(dir, "extra", "B2BRules.TestPlugins.MissingDependency");
        var shared = Directory.CreateDirectory(Path.Combine(dir, "shared-libs")).FullName;
        File.Move(Path.Combine(pluginDir, "B2BRules.TestPlugins.Support.dll"), Path.Combine(shared, "B2BRules.TestPlugins.Support.dll"));
        File.WriteAllText(Path.Combine(pluginDir, "B2BRules.TestPlugins.MissingDependency.runtimeconfig.json"),
            $$"""{ "runtimeOptions": { "tfm": "net10.0", "additionalProbingPaths": [ {{System.Text.Json.JsonSerializer.Serialize(shared)}} ] } }""");
        var (code, stdout, _) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir);
        code.ShouldBe(1, stdout);
        stdout.ShouldContain("2:1      note     TEST9301  Normalised 'ann@rival.example'");
        stdout.ShouldNotContain("B2B9001");
    }

    [Fact]
    public void Plugin_console_output_is_kept_out_of_machine_output_and_noted()
    {
        var dir = Setup("B2BRules.TestPlugins.Throwing");
        var (_, stdout, stderr) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir, "--format", "sarif");
        // The plugin's lines never reach either stream as lines of their own (the note quotes their start).
        stdout.Split('\n').ShouldNotContain(line => line.StartsWith("debug:", StringComparison.Ordinal));
        stderr.Split('\n').ShouldNotContain(line => line.StartsWith("debug:", StringComparison.Ordinal));
        using var log = System.Text.Json.JsonDocument.Parse(stdout);
        var notes = log.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("toolExecutionNotifications")
            .EnumerateArray().Where(n => n.GetProperty("descriptor").GetProperty("id").GetString() == "B2B9007").ToList();
        notes.Count.ShouldBe(1);
        notes[0].GetProperty("message").GetProperty("text").GetString()!.ShouldContain("ChattyRule (TEST9104) in B2BRules.TestPlugins.Throwing wrote");
    }

    [Fact]
    public void Plugin_built_against_another_sdk_major_is_refused_naming_both_versions_with_exit_3()
    {
        var dir = Setup("B2BRules.TestPlugins.WrongSdk");
        var (code, stdout, _) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir);
        code.ShouldBe(3);
        stdout.ShouldContain("B2B9002: Plugin 'B2BRules.TestPlugins.WrongSdk' was not loaded: it was built against B2BRules.Sdk 2.0.0.0, but this host provides B2BRules.Sdk 1.0.0.0");
        stdout.ShouldNotContain("FUT1001");
        stdout.ShouldContain("3:1      error    B2B0001");
    }

    [Fact]
    public void File_that_is_not_an_assembly_is_refused_with_exit_3()
    {
        var dir = Setup("B2BRules.TestPlugins.ThirdParty");
        File.WriteAllText(Path.Combine(dir, "extra", "B2BRules.TestPlugins.ThirdParty", "B2BRules.TestPlugins.ThirdParty.dll"), "not an assembly");
        var (code, stdout, _) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir);
        code.ShouldBe(3);
        stdout.ShouldContain("B2B9002: Plugin 'B2BRules.TestPlugins.ThirdParty' was not loaded: it is not a .NET assembly");
        stdout.ShouldContain("B2B0001");
    }

    [Fact]
    public void Missing_plugin_path_is_a_configuration_error_exit_2()
    {
        var dir = Repository.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "rules.yaml"), "plugins: [./nowhere/Acme.dll]\n");
        File.WriteAllText(Path.Combine(dir, "batch.csv"), "Email,DisplayName\nann@fabrikam.com,Ann\n");
        Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir).ExitCode.ShouldBe(2);
    }
}
