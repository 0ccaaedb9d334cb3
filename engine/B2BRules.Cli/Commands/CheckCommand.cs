using B2BRules.Engine.Execution;
using B2BRules.Engine.Reporting;
using Spectre.Console.Cli;

namespace B2BRules.Cli.Commands;

/// <summary><c>b2brules check</c>: runs the rules over CSV batches and writes the reports. No logic of its own.</summary>
public sealed class CheckCommand(CheckService checkService, IEnumerable<IReportWriter> writers) : Command<CheckSettings>
{
    public const string Description =
        "Check CSV invitation batches against the policy rules.\n" +
        "Exit codes:\n" +
        "  0  nothing at or above --fail-on\n" +
        "  1  findings at or above --fail-on (default error), or more than --max-warnings\n" +
        "  2  usage or configuration error: bad rules.yaml or suppressions, a plugin path\n" +
        "     or input that does not exist, input outside the source root\n" +
        "  3  tool failure: a plugin present but not loadable, a rule threw or timed out";

    public override int Execute(CommandContext context, CheckSettings settings, CancellationToken cancellationToken)
    {
        CheckReport report;
        try
        {
            report = checkService.Run(settings.Request, cancellationToken);
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"b2brules: {e.Message}");
            return ExitCodes.UsageOrConfiguration;
        }

        var options = settings.ReportOptions;
        var destinations = settings.Destinations;
        var machineOnStdout = destinations.Any(d => d.File is null && d.Format != "text");
        foreach (var (format, file) in destinations)
        {
            var writer = writers.Single(w => w.Format == format);
            if (file is null)
            {
                using var stdout = Console.OpenStandardOutput();
                writer.Write(report, stdout, options);
            }
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
                using var stream = File.Create(file);
                writer.Write(report, stream, options);
            }
        }

        if (!destinations.Any(d => d.File is null && d.Format == "text"))
        {
            // The person at the terminal still gets the human report: on stderr when stdout carries machine output.
            using var human = machineOnStdout ? Console.OpenStandardError() : Console.OpenStandardOutput();
            writers.Single(w => w.Format == "text").Write(report, human, options);
        }

        return report.ExitCode(settings.FailOnLevel, settings.OnlyNewFindingsFail, settings.MaxWarnings);
    }
}
