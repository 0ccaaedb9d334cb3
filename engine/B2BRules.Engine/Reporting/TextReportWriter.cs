using System.Globalization;
using System.Text;
using B2BRules.Engine.Checking;
using B2BRules.Engine.Execution;
using B2BRules.Engine.Findings;
using B2BRules.Sdk;

namespace B2BRules.Engine.Reporting;

/// <summary>
/// The human report: findings grouped by file as line:column, severity, rule ID and message, tool notifications, then
/// a summary. Suppressed findings are counted, not listed; against a baseline, new findings are marked.
/// </summary>
public sealed class TextReportWriter : IReportWriter
{
    public string Format => "text";

    public void Write(CheckReport report, Stream output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        using var text = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        foreach (var batch in report.Batches)
        {
            // Filtered as written, not copied: a batch may hold a million findings.
            if (!batch.Findings.Any(f => f.IsListed))
            {
                continue;
            }

            text.WriteLine(options.Color ? $"\u001b[1m{batch.FilePath}\u001b[0m" : batch.FilePath);
            foreach (var f in batch.Findings.Where(f => f.IsListed))
            {
                var d = f.Diagnostic;
                var place = string.Create(CultureInfo.InvariantCulture, $"{d.Location.StartLine}:{d.Location.StartColumn}");
                var mark = report.HasBaseline && f.Baseline == BaselineState.New ? " (new)" : string.Empty;
                text.WriteLine($"  {place,-8} {Paint(options, d.Severity, $"{RuleText.Level(d.Severity),-7}")}  {Paint(options, null, d.Id)}  {options.Text(d.Message)}{mark}");
            }

            text.WriteLine();
        }

        foreach (var n in report.AllNotifications)
        {
            text.WriteLine(NotificationLine(n, report.SourceRoot, options));
        }

        text.WriteLine(Summary(report));
    }

    /// <summary>"rules.yaml(2,12): error B2B9003: …": a tool notification as one line, with its place when it has one.</summary>
    public static string NotificationLine(ToolNotification notification, string sourceRoot, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(options);
        var where = notification.Where is { } w
            ? string.Create(CultureInfo.InvariantCulture, $"{Sarif.SarifUri.DisplayPath(w.FilePath, sourceRoot)}({w.StartLine},{w.StartColumn}): ")
            : string.Empty;
        return $"{where}{Paint(options, notification.Level, RuleText.Level(notification.Level))} {notification.Descriptor.Id}: {options.Text(notification.Message)}";
    }

    /// <summary>ANSI colours for a terminal (red errors, yellow warnings, cyan notes, dim rule IDs); plain text otherwise.</summary>
    private static string Paint(ReportOptions options, Severity? severity, string text)
    {
        if (!options.Color)
        {
            return text;
        }

        var code = severity switch
        {
            Severity.Error => "31",
            Severity.Warning => "33",
            Severity.Note => "36",
            null => "2",
            _ => "0",
        };
        return $"\u001b[{code}m{text}\u001b[0m";
    }

    /// <summary>"2 errors, 1 warning, 0 notes in 3 files (120 rows checked)", with suppressed, new and fixed counts where they apply.</summary>
    public static string Summary(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Stopped)
        {
            return "No batch was checked: fix the configuration error above (exit code 2).";
        }

        int errors = 0, warnings = 0, notes = 0; // counted, not copied: a run may hold millions of findings
        foreach (var finding in report.AllFindings.Where(f => !f.IsSuppressed))
        {
            switch (finding.Diagnostic.Severity)
            {
                case Severity.Error: errors++; break;
                case Severity.Warning: warnings++; break;
                case Severity.Note: notes++; break;
            }
        }

        static string Count(int n, string word) => string.Create(CultureInfo.InvariantCulture, $"{n} {word}{(n == 1 ? string.Empty : "s")}");
        var extras = new List<string>();
        var suppressed = report.AllFindings.Count(f => f.IsSuppressed);
        if (suppressed > 0)
        {
            extras.Add(string.Create(CultureInfo.InvariantCulture, $"{suppressed} suppressed"));
        }

        if (report.HasBaseline)
        {
            extras.Add(string.Create(CultureInfo.InvariantCulture, $"{report.AllFindings.Count(f => !f.IsSuppressed && f.Baseline == BaselineState.New)} new, {report.Absent.Count} fixed since the baseline"));
        }

        var tool = report.AllNotifications.Count(n => n.IsToolFailure || n.IsConfigurationError);
        if (tool > 0)
        {
            extras.Add(Count(tool, "tool problem"));
        }

        return $"{Count(errors, "error")}, {Count(warnings, "warning")}, "
            + $"{Count(notes, "note")} in {Count(report.Batches.Count, "file")} "
            + $"({Count(report.Batches.Sum(b => b.RowCount), "row")} checked)"
            + (extras.Count > 0 ? "; " + string.Join("; ", extras) : string.Empty);
    }
}
