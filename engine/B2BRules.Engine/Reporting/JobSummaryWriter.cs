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
        // Counted in one pass, never copied: a CI run may hold a million findings, kept as compact records until read.
        var listed = report.Batches.SelectMany(b => b.Findings.Where(f => f.IsListed).Select(f => (Batch: b.FilePath, Finding: f)));
        var perRule = new Dictionary<(string Id, Severity Severity), (int Count, string Title)>();
        foreach (var (_, finding) in listed)
        {
            var key = (finding.Diagnostic.Id, finding.Diagnostic.Severity);
            perRule[key] = (perRule.GetValueOrDefault(key).Count + 1, finding.Diagnostic.Descriptor.Title);
        }

        var total = perRule.Values.Sum(r => r.Count);
        md.WriteLine("## b2brules check");
        md.WriteLine();
        var worst = total == 0 ? null : perRule.Keys.Max(k => k.Severity).ToString().ToLowerInvariant();
        md.WriteLine($"**{MarkdownText.Cell(TextReportWriter.Summary(report))}**{(worst is null ? string.Empty : $" — the worst is {worst}")}; rules: `{report.ConfigurationName.Replace('`', '\'')}`.");
        md.WriteLine();
        if (total == 0)
        {
            return;
        }

        md.WriteLine("| Rule | Level | Findings | Title |");
        md.WriteLine("| --- | --- | ---: | --- |");
        foreach (var (key, (count, title)) in perRule.OrderByDescending(r => r.Key.Severity).ThenByDescending(r => r.Value.Count).ThenBy(r => r.Key.Id, StringComparer.Ordinal))
        {
            md.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {key.Id} | {Level(key.Severity)} | {count} | {MarkdownText.Cell(title)} |"));
        }

        md.WriteLine();
        md.WriteLine("<details>");
        md.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<summary>The first {Math.Min(ListedFindings, total)} of {total} findings</summary>"));
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

        if (total > ListedFindings)
        {
            md.WriteLine();
            md.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total - ListedFindings} more in the reports (SARIF, HTML)."));
        }

        md.WriteLine();
        md.WriteLine("</details>");
        md.WriteLine();
    }

    private static string Level(Severity severity) => severity.ToString().ToLowerInvariant();
}
