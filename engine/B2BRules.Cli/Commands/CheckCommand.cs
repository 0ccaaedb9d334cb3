using B2BRules.Engine.Checking;
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

    public override int Execute(CommandContext context, CheckSettings settings, CancellationToken cancellationToken) =>
        Run(settings, cancellationToken);

    /// <summary>Checks and reports; Spectre's path and the direct one (<see cref="CheckCommandLine"/>) both end here.</summary>
    public int Run(CheckSettings settings, CancellationToken cancellationToken)
    {
        CheckReport report;
        var progress = new CheckProgress();
        using (ProgressLine.Start(progress, settings.Quiet))
        {
            report = checkService.Run(settings.Request, progress, cancellationToken);
        }

        var options = settings.ReportOptions;
        var destinations = settings.Destinations;
        var machineOnStdout = destinations.Any(d => d.File is null && d.Format != "text");
        var outputs = destinations.Where(d => !(settings.Quiet && d.File is null && d.Format == "text")).Select(d => (Writer: writers.Single(w => w.Format == d.Format), Options: options with { Color = d.File is null && ConsoleTerminal.ColorFor(false) }, Open: d.File is null
                ? (Func<Stream>)Console.OpenStandardOutput
                : () =>
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(d.File))!);
                    return ReportFile.Create(d.File);
                }))
            .ToList();
        if (!settings.Quiet && !destinations.Any(d => d.File is null && d.Format == "text"))
        {
            // The person at the terminal still gets the human report: on stderr when stdout carries machine output.
            outputs.Add((writers.Single(w => w.Format == "text"), options with { Color = ConsoleTerminal.ColorFor(machineOnStdout) },
                machineOnStdout ? Console.OpenStandardError : Console.OpenStandardOutput));
        }

        // The reports are independent of each other: write them at the same time, one per processor.
        try
        {
            Parallel.ForEach(outputs, output =>
            {
                using var stream = output.Open();
                output.Writer.Write(report, stream, output.Options);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]); // as if written one by one
        }

        if (!settings.NoSummary)
        {
            JobSummary.Publish(report, options, machineOnStdout);
        }

        if (settings.Quiet)
        {
            // Quiet drops the report, never the reason for exit code 2 or 3.
            var color = options with { Color = ConsoleTerminal.ColorFor(true) };
            foreach (var problem in report.AllNotifications.Where(n => n.IsConfigurationError || n.IsToolFailure))
            {
                Console.Error.WriteLine($"b2brules: {TextReportWriter.NotificationLine(problem, report.SourceRoot, color)}");
            }
        }

        return report.ExitCode(settings.FailOnLevel, settings.OnlyNewFindingsFail, settings.MaxWarnings);
    }
}
