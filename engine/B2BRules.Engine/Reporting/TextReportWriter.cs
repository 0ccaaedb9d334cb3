using System.Globalization;
using System.Text;
using B2BRules.Engine.Execution;
using B2BRules.Sdk;

namespace B2BRules.Engine.Reporting;

/// <summary>The human report: findings grouped by file as line:column, severity, rule ID and message, then a summary.</summary>
public sealed class TextReportWriter : IReportWriter
{
    public string Format => "text";

    public void Write(CheckReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var text = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        foreach (var batch in report.Batches.Where(b => b.Diagnostics.Count > 0))
        {
            text.WriteLine(batch.FilePath);
            foreach (var d in batch.Diagnostics.Where(d => d.Severity != Severity.Hidden))
            {
                var place = string.Create(CultureInfo.InvariantCulture, $"{d.Location.StartLine}:{d.Location.StartColumn}");
                text.WriteLine($"  {place,-8} {RuleText.Level(d.Severity),-7}  {d.Id}  {d.Message}");
            }

            text.WriteLine();
        }

        foreach (var n in report.AllNotifications)
        {
            var where = n.Where is { } w
                ? string.Create(CultureInfo.InvariantCulture, $"{Sarif.SarifUri.DisplayPath(w.FilePath, report.SourceRoot)}({w.StartLine},{w.StartColumn}): ")
                : string.Empty;
            text.WriteLine($"{where}{RuleText.Level(n.Level)} {n.Descriptor.Id}: {n.Message}");
        }

        text.WriteLine(Summary(report));
    }

    /// <summary>"2 errors, 1 warning, 0 notes in 3 files (120 rows checked)".</summary>
    public static string Summary(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Stopped)
        {
            return "No batch was checked: fix the configuration error above (exit code 2).";
        }

        var all = report.AllDiagnostics.ToList();
        string Count(int n, string word) => string.Create(CultureInfo.InvariantCulture, $"{n} {word}{(n == 1 ? string.Empty : "s")}");
        var tool = report.AllNotifications.Count(n => n.IsToolFailure || n.IsConfigurationError);
        return $"{Count(all.Count(d => d.Severity == Severity.Error), "error")}, {Count(all.Count(d => d.Severity == Severity.Warning), "warning")}, "
            + $"{Count(all.Count(d => d.Severity == Severity.Note), "note")} in {Count(report.Batches.Count, "file")} "
            + $"({Count(report.Batches.Sum(b => b.RowCount), "row")} checked)"
            + (tool > 0 ? $"; {Count(tool, "tool problem")}" : string.Empty);
    }
}
