using System.Reflection;
using System.Text.Json;
using B2BRules.Cli.Commands;
using Spectre.Console.Cli;

namespace B2BRules.Cli.Tests;

/// <summary>
/// The direct path for <c>check</c> (CheckCommandLine) reads exactly what Spectre.Console.Cli binds, knows every option
/// CheckSettings declares, and hands Spectre everything it is not sure of, so help and error messages stay Spectre's.
/// </summary>
public sealed class CheckCommandLineTests
{
    public static TheoryData<string[]> Plain => new()
    {
        { ["check", "a.csv"] },
        { ["check", "a.csv", "b.csv", "--rules", "r.yaml", "--format", "sarif", "--output", "out.sarif"] },
        { ["check", "--rules", "r.yaml", "batches/", "-f", "github"] },
        { ["check", "dir", "-o", "sarif=a.sarif", "-o", "html=r.html", "-q", "--fail-on", "warning"] },
        { ["check", "x.csv", "--format=json", "--severity", "B2B0001=off", "--severity", "B2B0002=note", "--redact", "--no-snippets"] },
        { ["check", "x.csv", "--baseline", "b.sarif", "--fail-on-new", "--max-warnings", "3", "--sarif-max-results", "100", "--rule-timeout", "2.5"] },
        { ["check", "x.csv", "--tenant", "t.json", "--inviter-role", "UserAdministrator", "--inviter-type", "guest", "--route", "graph",
            "--source-root", ".", "--suppressions", "s.yaml", "--sarif-omit-suppressed", "--quiet"] },
    };

    public static TheoryData<string[]> NotPlain => new()
    {
        { ["check", "--help"] },
        { ["check", "x.csv", "-h"] },
        { ["check", "x.csv", "--unknown"] },
        { ["check", "x.csv", "-qf", "sarif"] },
        { ["check", "x.csv", "--format"] },
        { ["check", "x.csv", "--format", "--quiet"] },
        { ["check", "x.csv", "--format", "sarif", "--format", "json"] },
        { ["check", "x.csv", "--quiet", "true"] },
        { ["check", "x.csv", "--quiet=false"] },
        { ["check", "x.csv", "--max-warnings", "1e3"] },
        { ["check", "x.csv", "--rule-timeout", "-1"] },
        { ["check", "x.csv", "--fail-on", "sometimes"] },
        { ["check", "x.csv", "--fail-on-new"] },
        { ["check", "x.csv", "--rules:r.yaml"] },
        { ["check", "x.csv", "--", "-odd.csv"] },
        { ["check", "-"] },
        { ["check"] },
        { ["rules", "list"] },
        { ["--version"] },
    };

    [Theory]
    [MemberData(nameof(Plain))]
    public void A_plain_command_line_gives_the_settings_Spectre_binds(string[] args)
    {
        var direct = CheckCommandLine.TryParse(args);
        direct.ShouldNotBeNull();
        Describe(direct).ShouldBe(Describe(BoundBySpectre(args).ShouldNotBeNull()));
    }

    /// <summary>Each option by each of its names, alone (with a value its validation takes), so that none is read into another's place.</summary>
    public static TheoryData<string[]> EachOption()
    {
        var values = new Dictionary<string, string>
        {
            ["--format"] = "sarif", ["--fail-on"] = "warning", ["--route"] = "graph", ["--inviter-type"] = "guest",
            ["--severity"] = "B2B0001=off", ["--max-warnings"] = "3", ["--sarif-max-results"] = "7", ["--rule-timeout"] = "2.5",
        };
        var data = new TheoryData<string[]>();
        foreach (var (name, (option, arity)) in CheckCommandLine.Options)
        {
            string[] args = arity == CheckCommandLine.Arity.Flag ? ["check", "x.csv", name] : ["check", "x.csv", name, values.GetValueOrDefault(option, "value-of" + option)];
            data.Add(option == "--fail-on-new" ? [.. args, "--baseline", "b.sarif"] : args);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EachOption))]
    public void Each_option_alone_gives_the_settings_Spectre_binds(string[] args) => A_plain_command_line_gives_the_settings_Spectre_binds(args);

    [Theory]
    [MemberData(nameof(NotPlain))]
    public void Anything_else_is_left_to_Spectre(string[] args) => CheckCommandLine.TryParse(args).ShouldBeNull();

    [Fact]
    public void The_direct_path_knows_every_option_of_check_by_every_name_and_arity()
    {
        var declared = new Dictionary<string, CheckCommandLine.Arity>();
        foreach (var property in typeof(CheckSettings).GetProperties())
        {
            if (property.GetCustomAttribute<CommandOptionAttribute>() is not { } option)
            {
                continue;
            }

            var arity = property.PropertyType == typeof(bool) ? CheckCommandLine.Arity.Flag
                : property.PropertyType.IsArray ? CheckCommandLine.Arity.Repeatable
                : CheckCommandLine.Arity.Once;
            foreach (var name in option.LongNames.Select(n => "--" + n).Concat(option.ShortNames.Select(n => "-" + n)))
            {
                declared[name] = arity;
            }
        }

        declared.Count.ShouldBeGreaterThan(20);
        CheckCommandLine.Options.ToDictionary(o => o.Key, o => o.Value.Arity).OrderBy(o => o.Key, StringComparer.Ordinal)
            .ShouldBe(declared.OrderBy(o => o.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Help_and_errors_still_come_from_Spectre()
    {
        var dir = Repository.TempDirectory();
        var (code, _, stderr) = Repository.RunCli(dir, "check", "x.csv", "--format", "sarif", "--format", "json");
        code.ShouldBe(2);
        stderr.ShouldNotBeEmpty();
        var (helpCode, help, _) = Repository.RunCli(dir, "check", "--help");
        helpCode.ShouldBe(0);
        help.ShouldContain("--sarif-max-results");
    }

    /// <summary>Every option and argument of the settings, by property name, as JSON.</summary>
    private static string Describe(CheckSettings settings) => JsonSerializer.Serialize(typeof(CheckSettings).GetProperties()
        .Where(p => p.GetCustomAttribute<CommandOptionAttribute>() is not null || p.GetCustomAttribute<CommandArgumentAttribute>() is not null)
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .ToDictionary(p => p.Name, p => p.GetValue(settings)));

    private static CheckSettings? BoundBySpectre(string[] args)
    {
        Capture.Bound = null;
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.Settings.StrictParsing = true;
            config.PropagateExceptions();
            config.AddCommand<Capture>("check");
        });
        app.Run(args);
        return Capture.Bound;
    }

    private sealed class Capture : Command<CheckSettings>
    {
        [ThreadStatic]
        public static CheckSettings? Bound;

        public override int Execute(CommandContext context, CheckSettings settings, CancellationToken cancellationToken)
        {
            Bound = settings;
            return 0;
        }
    }
}
