using System.Globalization;
using B2BRules.Engine.Checking;
using B2BRules.Sdk;

namespace B2BRules.Engine.Reporting;

/// <summary>
/// The Markdown summary of a check for a CI job's summary page (GitHub's <c>GITHUB_STEP_SUMMARY</c>, Azure Pipelines'
/// <c>task.uploadsummary</c>): the totals, the findings per rule, and the first findings with links to their lines.
/// Not a report format of its own: <c>check</c> writes it beside the reports when a CI system asks for one.
/// </summary>
public static class JobSummaryWriter
{
    /// <summary>How many findings the summary lists; the reports hold them all.</summary>
    public const int ListedFindings = 20;

    /// <summary>Writes the summary; <paramref name="link"/> makes a URL of a batch path and a line, or null for none.</summary>
    public static void Write(CheckReport report, TextWriter output, ReportOptions options, Func<string, int, string?>? link = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        using var md = new StringWriter(CultureInfo.InvariantCulture);
        WriteBody(report, md, options, link);
        output.Write(md.ToString().TrimEnd() + "\n"); // one newline at the end, no blank line (markdownlint MD012)
    }

    private static void WriteBody(CheckReport report, TextWriter md, ReportOptions options, Func<string, int, string?>? link)
    {
        var listed = report.Batches.SelectMany(b => b.Findings.Where(f => f.IsListed).Select(f => (Batch: b.FilePath, Finding: f))).ToList();
        md.WriteLine("## b2brules check");
        md.WriteLine();
        var worst = listed.Count == 0 ? null : listed.Max(f => f.Finding.Diagnostic.Severity).ToString().ToLowerInvariant();
        md.WriteLine($"**{Escape(TextReportWriter.Summary(report))}**{(worst is null ? string.Empty : $" — the worst is {worst}")}; rules: `{report.ConfigurationName.Replace('`', '\'')}`.");
        md.WriteLine();
        if (listed.Count == 0)
        {
            return;
        }

        md.WriteLine("| Rule | Level | Findings | Title |");
        md.WriteLine("| --- | --- | ---: | --- |");
        foreach (var rule in listed.GroupBy(f => (f.Finding.Diagnostic.Id, f.Finding.Diagnostic.Severity))
            .OrderByDescending(g => g.Key.Severity).ThenByDescending(g => g.Count()).ThenBy(g => g.Key.Id, StringComparer.Ordinal))
        {
            var title = rule.First().Finding.Diagnostic.Descriptor.Title;
            md.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {rule.Key.Id} | {Level(rule.Key.Severity)} | {rule.Count()} | {MarkdownText.Cell(title)} |"));
        }

        md.WriteLine();
        md.WriteLine("<details>");
        md.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<summary>The first {Math.Min(ListedFindings, listed.Count)} of {listed.Count} findings</summary>"));
        md.WriteLine();
        md.WriteLine("| Where | Level | Rule | Message |");
        md.WriteLine("| --- | --- | --- | --- |");
        foreach (var (batch, finding) in listed.Take(ListedFindings))
        {
            var line = finding.Diagnostic.Location.StartLine;
            var place = string.Create(CultureInfo.InvariantCulture, $"{batch}:{line}");
            var where = link?.Invoke(batch, line) is { } url ? $"[{MarkdownText.Cell(place)}]({url})" : MarkdownText.Cell(place);
            md.WriteLine($"| {where} | {Level(finding.Diagnostic.Severity)} | {finding.Diagnostic.Id} | {MarkdownText.Message(options.Text(finding.Diagnostic.Message))} |");
        }

        if (listed.Count > ListedFindings)
        {
            md.WriteLine();
            md.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{listed.Count - ListedFindings} more in the reports (SARIF, HTML)."));
        }

        md.WriteLine();
        md.WriteLine("</details>");
        md.WriteLine();
    }

    private static string Level(Severity severity) => severity.ToString().ToLowerInvariant();

    private static string Escape(string text) => MarkdownText.Cell(text);
}
