using System.Text;
using B2BRules.Engine;
using B2BRules.Engine.Checking;
using B2BRules.Engine.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace B2BRules.Testing;

/// <summary>
/// End-to-end scenario folders: <c>input.csv</c> (+ optional <c>rules.yaml</c>) checked by the real engine with the
/// built-in plugins, compared with <c>expected.sarif</c> and <c>expected.txt</c> (golden files). Set
/// B2BRULES_ACCEPT=1 to write the actual output as the new golden files after reviewing the difference.
/// </summary>
public static class ScenarioRunner
{
    /// <summary>What a scenario expected and what the engine produced.</summary>
    /// <param name="ExpectedSarif">The golden SARIF log.</param>
    /// <param name="ActualSarif">The SARIF log of this run.</param>
    /// <param name="ExpectedText">The golden text report with its exit code.</param>
    /// <param name="ActualText">The text report of this run with its exit code.</param>
    public sealed record Outcome(string ExpectedSarif, string ActualSarif, string ExpectedText, string ActualText);

    /// <summary>Checks a scenario folder with the real engine and built-in plugins, at a fixed time.</summary>
    /// <param name="scenarioDirectory">The folder with input.csv, an optional rules.yaml and the golden files.</param>
    /// <param name="builtInPluginDirectory">Where built-in plugins are; null means <c>plugins/</c> beside the host.</param>
    /// <returns>Expected and actual outputs.</returns>
    public static Outcome Run(string scenarioDirectory, string? builtInPluginDirectory = null)
    {
        using var services = new ServiceCollection()
            .AddB2BRules(builtInPluginDirectory)
            .AddSingleton<TimeProvider>(new FixedTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)))
            .BuildServiceProvider();
        var rules = Path.Combine(scenarioDirectory, "rules.yaml");
        var request = new CheckRequest([Path.Combine(scenarioDirectory, "input.csv")], File.Exists(rules) ? rules : null, scenarioDirectory);
        var report = services.GetRequiredService<CheckService>().Run(request);
        var writers = services.GetServices<IReportWriter>().ToList();
        var sarif = Render(writers.Single(w => w.Format == "sarif"), report);
        var text = Render(writers.Single(w => w.Format == "text"), report) + $"exit code {report.ExitCode(FailOn.Error)}\n";
        var sarifPath = Path.Combine(scenarioDirectory, "expected.sarif");
        var textPath = Path.Combine(scenarioDirectory, "expected.txt");
        if (Environment.GetEnvironmentVariable("B2BRULES_ACCEPT") == "1")
        {
            File.WriteAllText(sarifPath, sarif, new UTF8Encoding(false));
            File.WriteAllText(textPath, text, new UTF8Encoding(false));
        }

        return new Outcome(Read(sarifPath), sarif, Read(textPath), text);
    }

    private static string Render(IReportWriter writer, CheckReport report)
    {
        using var stream = new MemoryStream();
        writer.Write(report, stream, ReportOptions.Default);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A clock that stands still, so golden files do not change with the time of the run.</summary>
    public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        /// <inheritdoc />
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static string Read(string path) => File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : $"(missing: {Path.GetFileName(path)})";
}
