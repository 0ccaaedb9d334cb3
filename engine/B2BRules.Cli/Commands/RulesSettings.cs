using System.ComponentModel;
using Spectre.Console.Cli;

namespace B2BRules.Cli.Commands;

/// <summary>Options shared by <c>rules list</c> and <c>rules explain</c>.</summary>
public class RulesSettings : RulesFileSettings
{
    [CommandOption("--for <FILE>")]
    [Description("Show the severities in force for this batch file (overrides match by path).")]
    public string? ForFile { get; init; }

    [CommandOption("--severity <ID=LEVEL>")]
    [Description("Change one rule's severity, as with check; repeatable.")]
    public string[] Severities { get; init; } = [];

    [CommandOption("--tenant <FILE>")]
    [Description("A tenant snapshot, as with check (the directory rules report nothing without one).")]
    public string? Tenant { get; init; }
}

/// <summary>The options of <c>rules explain</c>.</summary>
public sealed class RulesExplainSettings : RulesSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The rule ID, e.g. B2B0001 or CONTOSO1001.")]
    public string Id { get; init; } = string.Empty;
}
