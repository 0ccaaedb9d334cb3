using System.ComponentModel;
using B2BRules.Engine.Checking;
using B2BRules.Engine.PolicyTooling;
using B2BRules.Engine.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace B2BRules.Cli.Commands;

/// <summary>The options of <c>b2brules rules diff</c>.</summary>
public sealed class RulesDiffSettings : CommandSettings
{
    [CommandArgument(0, "[BATCHES]")]
    [Description("CSV batches to check under both rules files: files, directories or globs. Without any, only the rules' settings are compared.")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("--base <RULES>")]
    [Description("The rules file before the change: a path, or a git revision and path (origin/main:rules.yaml).")]
    public string? Base { get; init; }

    [CommandOption("--head <RULES>")]
    [Description("The rules file after the change: a path or a git revision and path. Default: rules.yaml in the current directory, else the builtin:preview-2016 profile.")]
    public string? Head { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [Description("text, json, or markdown (for a pull-request comment).")]
    [DefaultValue("text")]
    public string Format { get; init; } = "text";

    [CommandOption("-o|--output <FILE>")]
    [Description("Write the diff to a file instead of stdout.")]
    public string? Output { get; init; }

    [CommandOption("--redact")]
    [Description("Replace every email address with a stable hash (email:<hash>).")]
    public bool Redact { get; init; }

    [CommandOption("--fail-on <LEVEL>")]
    [Description("Exit 1 when the head rules file adds findings at or above this level (new ones, or raised to it): error, warning or never.")]
    [DefaultValue("error")]
    public string FailOn { get; init; } = "error";

    [CommandOption("--source-root <DIR>")]
    [Description("Report paths relative to this folder. Default: the git work tree's top, else the current directory.")]
    public string? SourceRoot { get; init; }

    [CommandOption("--tenant <FILE>")]
    [Description("A tenant snapshot, as with check, used under both rules files.")]
    public string? Tenant { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Base))
        {
            return ValidationResult.Error("Name the rules file before the change with --base (a path, or REV:PATH such as origin/main:rules.yaml).");
        }

        if (!RulesDiffWriter.Formats.Contains(Format.ToLowerInvariant()))
        {
            return ValidationResult.Error($"--format '{Format}' is not one of: {string.Join(", ", RulesDiffWriter.Formats)}.");
        }

        return JudgingSettings.ParseFailOn(FailOn) is null
            ? ValidationResult.Error($"--fail-on '{FailOn}' is not one of: error, warning, never.")
            : ValidationResult.Success();
    }
}

/// <summary>
/// <c>b2brules rules diff --base OLD [--head NEW] [BATCHES…]</c>: what a rules change does to real batches. Exit 0 when it
/// adds nothing at or above --fail-on, 1 when it does, 2 for usage or configuration errors (in either rules file).
/// </summary>
public sealed class RulesDiffCommand(RulesDiffService diffs) : Command<RulesDiffSettings>
{
    public const string Description =
        "Check batches under two rules files and list the findings that appear, disappear or change severity, and the rules whose settings changed.\n" +
        "Exit codes: 0 nothing added at or above --fail-on; 1 the head adds such findings; 2 usage or configuration error.";

    public override int Execute(CommandContext context, RulesDiffSettings settings, CancellationToken cancellationToken)
    {
        using var baseRules = RulesRevision.Open(settings.Base!);
        using var headRules = settings.Head is { } head ? RulesRevision.Open(head) : null;
        var diff = diffs.Run(new RulesDiffRequest(settings.Inputs, baseRules.Path, headRules?.Path, settings.SourceRoot, settings.Tenant), cancellationToken);
        var options = new ReportOptions { Redact = settings.Redact };
        var headName = settings.Head ?? (File.Exists("rules.yaml") ? "rules.yaml" : "builtin:preview-2016");
        if (settings.Output is { } file)
        {
            using var writer = new StreamWriter(ReportFile.Create(file));
            RulesDiffWriter.Write(diff, settings.Format.ToLowerInvariant(), settings.Base!, headName, writer, options);
        }
        else
        {
            RulesDiffWriter.Write(diff, settings.Format.ToLowerInvariant(), settings.Base!, headName, Console.Out, options);
        }

        return diff.Adds(JudgingSettings.ParseFailOn(settings.FailOn)!.Value) ? ExitCodes.Findings : ExitCodes.Success;
    }
}
