using System.ComponentModel;
using B2BRules.Engine.Baselines;
using B2BRules.Engine.Checking;
using B2BRules.Engine.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace B2BRules.Cli.Commands;

/// <summary>The options of <c>baseline create</c> and <c>baseline prune</c>.</summary>
public sealed class BaselineSettings : BatchSettings
{
    [CommandOption("--baseline <FILE>")]
    [Description("prune: the baseline to prune (written back in place unless --output is given).")]
    public string? Baseline { get; init; }

    [CommandOption("-o|--output <FILE>")]
    [Description("create: where to write the baseline (default b2brules.baseline.sarif).")]
    public string? Output { get; init; }

    [CommandOption("--no-snippets")]
    [Description("Leave cell text out of the baseline log.")]
    public bool NoSnippets { get; init; }

    public CheckRequest Request => new(Inputs, Rules, SourceRoot, SuppressionsPath: Suppressions);

    public ReportOptions ReportOptions => new() { Snippets = !NoSnippets };

    protected override string NoInputs => "Name the CSV batches, directories or globs the baseline covers.";
}

/// <summary>Shared handling of the baseline verbs: a run stopped by its configuration is exit code 2.</summary>
public abstract class BaselineCommandBase(BaselineService baselines) : Command<BaselineSettings>
{
    protected BaselineService Baselines { get; } = baselines;

    public override int Execute(CommandContext context, BaselineSettings settings, CancellationToken cancellationToken)
    {
        var (report, summary) = Run(settings);
        if (report.Stopped)
        {
            foreach (var n in report.AllNotifications)
            {
                Console.Error.WriteLine($"{n.Descriptor.Id}: {n.Message}");
            }

            return ExitCodes.UsageOrConfiguration;
        }

        Console.WriteLine(summary);
        return report.AllNotifications.Any(n => n.IsToolFailure) ? ExitCodes.ToolFailure : ExitCodes.Success;
    }

    protected abstract (CheckReport Report, string Summary) Run(BaselineSettings settings);
}

/// <summary><c>b2brules baseline create</c>: writes the findings of a run as a baseline SARIF log.</summary>
public sealed class BaselineCreateCommand(BaselineService baselines) : BaselineCommandBase(baselines)
{
    public const string DefaultFile = "b2brules.baseline.sarif";

    protected override (CheckReport Report, string Summary) Run(BaselineSettings settings)
    {
        var output = settings.Output ?? DefaultFile;
        var (report, written) = Baselines.Create(settings.Request, output, settings.ReportOptions);
        return (report, $"Wrote {output} with {written} findings. Gate on new ones: b2brules check ... --baseline {output} --fail-on-new");
    }
}

/// <summary><c>b2brules baseline prune</c>: drops baseline entries that no longer occur.</summary>
public sealed class BaselinePruneCommand(BaselineService baselines) : BaselineCommandBase(baselines)
{
    protected override (CheckReport Report, string Summary) Run(BaselineSettings settings)
    {
        var baseline = settings.Baseline ?? throw new UsageException("baseline prune needs --baseline FILE.");
        var output = settings.Output ?? baseline;
        var (report, kept, dropped) = Baselines.Prune(settings.Request, baseline, output, settings.ReportOptions);
        return (report, $"Wrote {output}: kept {kept} findings, dropped {dropped} that no longer occur.");
    }
}
