using System.ComponentModel;
using B2BRules.Engine.Checking;
using B2BRules.Engine.Fixes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace B2BRules.Cli.Commands;

/// <summary>The options of <c>b2brules fix</c>.</summary>
public sealed class FixSettings : BatchSettings
{
    [CommandOption("--in-place")]
    [Description("Fix the batch itself, keeping the original as <batch>.csv.bak. Default: write <batch>.fixed.csv.")]
    public bool InPlace { get; init; }

    [CommandOption("--out-dir <DIR>")]
    [Description("Where to write the fixed files. Default: each batch's folder.")]
    public string? OutputDirectory { get; init; }

    protected override string NoInputs => "Name the CSV batches to fix.";

    public override ValidationResult Validate() => base.Validate() is { Successful: false } shared
        ? shared
        : InPlace && OutputDirectory is not null ? ValidationResult.Error("--in-place and --out-dir exclude each other.") : ValidationResult.Success();
}

/// <summary><c>b2brules fix</c>: applies the certain fixes of the engine and the plugins (trim padding, drop the example row, blank rows and exact duplicates, split an oversized batch, …); exit 3 when a fix provider threw.</summary>
public sealed class FixCommand(FixService fixes) : Command<FixSettings>
{
    public override int Execute(CommandContext context, FixSettings settings, CancellationToken cancellationToken)
    {
        var outcomes = fixes.Fix(new CheckRequest(settings.Inputs, settings.Rules, settings.SourceRoot, SuppressionsPath: settings.Suppressions),
            settings.OutputDirectory, settings.InPlace, cancellationToken);
        foreach (var outcome in outcomes)
        {
            Console.WriteLine($"{outcome.Batch}: {outcome.Applied.Count} fix(es)");
            foreach (var (finding, fix) in outcome.Applied)
            {
                Console.WriteLine($"  {finding.Location.StartLine}:{finding.Location.StartColumn} {finding.Id}  {fix.Title}");
            }

            foreach (var file in outcome.Files)
            {
                Console.WriteLine($"  wrote {Path.GetFileName(file)}");
            }

            foreach (var failure in outcome.Failures)
            {
                Console.Error.WriteLine($"{outcome.Batch}: error {failure.Descriptor.Id}: {failure.Message}");
            }
        }

        return outcomes.Any(o => o.Failures.Count > 0) ? ExitCodes.ToolFailure : ExitCodes.Success;
    }
}
