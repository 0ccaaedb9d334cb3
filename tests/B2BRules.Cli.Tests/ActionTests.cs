using System.Diagnostics;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace B2BRules.Cli.Tests;

/// <summary>
/// The GitHub Action (action.yml): a composite whose inputs, outputs and scripts fit together, and whose shell steps run
/// here as GitHub would run them — on a pull request that changes rules.yaml, and on a push — with the built tool.
/// The install step's real install from a packed feed runs in build/try-as-a-new-user.sh.
/// </summary>
public sealed partial class ActionTests
{
    private static YamlMappingNode Action()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Repository.Root, "action.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node).Children[new YamlScalarNode(key)];

    private static string? Scalar(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static IEnumerable<YamlMappingNode> Steps() => ((YamlSequenceNode)Map(Action(), "runs").Children[new YamlScalarNode("steps")]).Cast<YamlMappingNode>();

    private static Dictionary<string, string> Defaults() =>
        Map(Action(), "inputs").Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => Scalar(p.Value, "default") ?? string.Empty);

    [GeneratedRegex(@"\$\{\{\s*([^}]*?)\s*\}\}")]
    private static partial Regex Expression();

    [Fact]
    public void The_action_is_a_composite_whose_parts_fit_together()
    {
        var action = Action();
        Scalar(action, "name").ShouldBe("b2brules");
        Scalar(action, "description").ShouldNotBeNullOrWhiteSpace();
        Scalar(Map(action, "runs"), "using").ShouldBe("composite");

        var inputs = Map(action, "inputs").Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => (YamlMappingNode)p.Value);
        inputs.Values.ShouldAllBe(i => !string.IsNullOrWhiteSpace(Scalar(i, "description")));
        var text = File.ReadAllText(Path.Combine(Repository.Root, "action.yml"));
        var used = Expression().Matches(text).Select(m => m.Groups[1].Value)
            .Concat(Steps().Select(s => Scalar(s, "if")).OfType<string>()) // if: takes an expression without ${{ }}
            .SelectMany(e => Regex.Matches(e, @"inputs\.([a-z-]+)").Select(m => m.Groups[1].Value)).ToHashSet();
        used.ShouldBe(inputs.Keys, ignoreOrder: true); // every input used, none used that is not declared

        var check = File.ReadAllText(Path.Combine(Repository.Root, "action", "check.sh"));
        foreach (var output in Map(action, "outputs").Children.Values)
        {
            var name = Regex.Match(Scalar(output, "value")!, @"steps\.check\.outputs\.([a-z-]+)").Groups[1].Value;
            check.ShouldContain($"echo \"{name}=", customMessage: $"check.sh writes no output '{name}'");
        }

        foreach (var step in Steps())
        {
            if (Scalar(step, "uses") is { } uses)
            {
                uses.ShouldMatch(@"^[\w-]+/[\w/-]+@v\d+$"); // pinned to a major version
                continue;
            }

            Scalar(step, "shell").ShouldBe("bash");
            var script = Regex.Match(Scalar(step, "run")!, @"\$GITHUB_ACTION_PATH/(action/[\w-]+\.sh)").Groups[1].Value;
            File.Exists(Path.Combine(Repository.Root, script)).ShouldBeTrue(script);
        }
    }

    /// <summary>A pull request that raises B2B0001 to error and adds a declarative rule, over the sample batches.</summary>
    private static string PullRequestWorkspace()
    {
        var dir = Repository.TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir, "batches"));
        foreach (var csv in Directory.GetFiles(Path.Combine(Repository.Root, "samples"), "*.csv"))
        {
            File.Copy(csv, Path.Combine(dir, "batches", Path.GetFileName(csv)));
        }

        File.WriteAllText(Path.Combine(dir, "rules.yaml"), "extends: builtin:preview-2016\nrules:\n  B2B0001: warning\n");
        Run(dir, "git", "init", "-q", "-b", "main");
        Run(dir, "git", "add", ".");
        Run(dir, "git", "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "base");
        Run(dir, "git", "update-ref", "refs/remotes/origin/main", "main");
        Run(dir, "git", "checkout", "-q", "-b", "change");
        File.WriteAllText(Path.Combine(dir, "rules.yaml"), "extends: builtin:preview-2016\nrules:\n  B2B0001: error\n");
        Run(dir, "git", "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qam", "raise B2B0001");
        return dir;
    }

    private sealed record Outcome(Dictionary<string, int> ExitCodes, Dictionary<string, string> Outputs, string Summary, string Runner);

    /// <summary>Runs the action's shell steps as a runner would: inputs and expressions into each step's env, if: conditions, GITHUB_PATH and GITHUB_OUTPUT.</summary>
    private static Outcome RunSteps(string workspace, string eventName, Dictionary<string, string> with)
    {
        var runner = Directory.CreateDirectory(Path.Combine(Repository.TempDirectory(), "runner")).FullName;
        var inputs = Defaults();
        foreach (var (key, value) in with)
        {
            inputs[key] = value;
        }

        // The install step finds the tool already there (the built one), as on a runner that caches it.
        var tool = Directory.CreateDirectory(Path.Combine(runner, "b2brules", "tool")).FullName;
        File.WriteAllText(Path.Combine(tool, "b2brules"), $"#!/bin/sh\nexec dotnet \"{Repository.CliAssembly}\" \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(tool, "b2brules"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var files = new Dictionary<string, string>
        {
            ["GITHUB_OUTPUT"] = Path.Combine(runner, "output"),
            ["GITHUB_STEP_SUMMARY"] = Path.Combine(runner, "summary.md"),
            ["GITHUB_PATH"] = Path.Combine(runner, "path"),
        };
        foreach (var file in files.Values)
        {
            File.WriteAllText(file, string.Empty);
        }

        var outputs = new Dictionary<string, string>();
        var codes = new Dictionary<string, int>();
        foreach (var step in Steps().Where(s => Scalar(s, "run") is not null))
        {
            var name = Scalar(step, "name")!;
            var condition = Scalar(step, "if");
            var runs = condition switch
            {
                null => true,
                "github.event_name == 'pull_request'" => eventName == "pull_request",
                "steps.check.outputs.exit-code != '0'" => outputs.GetValueOrDefault("exit-code") != "0",
                _ => throw new ShouldAssertException($"ActionTests cannot evaluate the condition '{condition}' of step '{name}'"),
            };
            if (!runs)
            {
                continue;
            }

            string Evaluate(string expression) => expression switch
            {
                _ when expression.StartsWith("inputs.", StringComparison.Ordinal) => inputs[expression["inputs.".Length..]],
                "github.base_ref" => eventName == "pull_request" ? "main" : string.Empty,
                _ when expression.StartsWith("steps.check.outputs.", StringComparison.Ordinal) => outputs.GetValueOrDefault(expression["steps.check.outputs.".Length..], string.Empty),
                _ => throw new ShouldAssertException($"ActionTests cannot evaluate '{expression}'"),
            };

            var start = new ProcessStartInfo("bash") { WorkingDirectory = workspace, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(Scalar(step, "run")!);
            foreach (var ci in new[] { "GITHUB_STEP_SUMMARY", "TF_BUILD", "GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA", "GITHUB_WORKSPACE" })
            {
                start.Environment.Remove(ci);
            }

            foreach (var (key, file) in files)
            {
                start.Environment[key] = file;
            }

            start.Environment["RUNNER_TEMP"] = runner;
            start.Environment["GITHUB_ACTION_PATH"] = Repository.Root;
            start.Environment["GITHUB_EVENT_NAME"] = eventName;
            start.Environment["GITHUB_WORKSPACE"] = workspace;
            start.Environment["PATH"] = string.Join(':', File.ReadAllLines(files["GITHUB_PATH"]).Where(l => l.Length > 0).Reverse()) + ":" + start.Environment["PATH"];
            if (((YamlMappingNode)step).Children.TryGetValue(new YamlScalarNode("env"), out var env))
            {
                foreach (var (key, value) in ((YamlMappingNode)env).Children)
                {
                    start.Environment[((YamlScalarNode)key).Value!] = Expression().Replace(((YamlScalarNode)value).Value!, m => Evaluate(m.Groups[1].Value));
                }
            }

            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            codes[name] = process.ExitCode;
            _ = stderr.Result;
            foreach (var line in File.ReadAllLines(files["GITHUB_OUTPUT"]).Where(l => l.Contains('=', StringComparison.Ordinal)))
            {
                outputs[line[..line.IndexOf('=', StringComparison.Ordinal)]] = line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..];
            }
        }

        return new Outcome(codes, outputs, File.ReadAllText(files["GITHUB_STEP_SUMMARY"]), runner);
    }

    [Fact]
    public void On_a_pull_request_that_changes_the_rules_it_checks_reports_diffs_and_fails_after_the_uploads()
    {
        var workspace = PullRequestWorkspace();
        var outcome = RunSteps(workspace, "pull_request", new() { ["paths"] = "batches" });

        outcome.ExitCodes["Install b2brules"].ShouldBe(0);
        outcome.ExitCodes["Check the batches"].ShouldBe(0); // findings do not stop the uploads
        outcome.Outputs["exit-code"].ShouldBe("1");
        File.ReadAllText(outcome.Outputs["sarif"]).ShouldContain("\"version\": \"2.1.0\"");
        File.ReadAllText(outcome.Outputs["html"]).ShouldContain("<html");
        outcome.Outputs["sarif"].ShouldStartWith(outcome.Runner);

        outcome.ExitCodes["What the rules change does"].ShouldBe(0);
        outcome.Summary.ShouldContain("## b2brules check");
        outcome.Summary.ShouldContain("## b2brules rules diff");
        outcome.Summary.ShouldContain("| B2B0001 | 0 | 0 | 1 | 1 |"); // the one consumer-domain finding raised to error
        outcome.Summary.ShouldNotMatch(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]"); // redact is on by default

        outcome.ExitCodes["Fail on findings"].ShouldBe(1);
    }

    [Fact]
    public void On_a_push_there_is_no_rules_diff_and_clean_batches_pass()
    {
        var workspace = PullRequestWorkspace();
        var outcome = RunSteps(workspace, "push", new() { ["paths"] = "batches", ["fail-on"] = "never" });
        outcome.ExitCodes.ShouldNotContainKey("What the rules change does");
        outcome.Outputs["exit-code"].ShouldBe("0");
        outcome.ExitCodes.ShouldNotContainKey("Fail on findings");
        outcome.Summary.ShouldContain("## b2brules check");
    }

    private static void Run(string dir, string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, process.StandardError.ReadToEnd());
    }
}
