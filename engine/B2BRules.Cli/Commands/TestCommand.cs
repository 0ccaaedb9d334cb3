using System.ComponentModel;
using B2BRules.Engine.Checking;
using B2BRules.Engine.PolicyTooling;
using B2BRules.Engine.Reporting;
using Spectre.Console.Cli;

namespace B2BRules.Cli.Commands;

/// <summary>The options of <c>b2brules test</c>.</summary>
public sealed class TestSettings : RulesFileSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("A fixture folder (input.csv, expected.txt, optional rules.yaml), or a folder of them.")]
    public string Directory { get; init; } = string.Empty;
}

/// <summary><c>b2brules test DIR</c>: runs policy fixtures; exit 0 when all pass, 1 when one fails, 2 for usage errors.</summary>
public sealed class TestCommand(PolicyFixtures fixtures) : Command<TestSettings>
{
    public override int Execute(CommandContext context, TestSettings settings, CancellationToken cancellationToken)
    {
        var results = PolicyFixtures.Discover(settings.Directory).Select(folder => fixtures.Run(folder, settings.Rules)).ToList();
        FixtureTextWriter.Write(results, Console.Out);
        return results.All(r => r.Passed) ? ExitCodes.Success : ExitCodes.Findings;
    }
}
