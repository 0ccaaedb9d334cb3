using System.Globalization;
using System.Net;
using System.Text;
using B2BRules.Engine.Checking;
using B2BRules.Engine.Execution;
using B2BRules.Engine.Findings;
using B2BRules.Engine.Plugins;
using B2BRules.Sdk;

namespace B2BRules.Engine.Reporting;

/// <summary>
/// One self-contained HTML page per run, for people reviewing a batch: totals, a summary per rule and severity with a
/// bar for each, filters by rule and severity, and per batch the findings with the offending cell shown in its row and
/// a link to the rule's documentation. Inline CSS and script only; a content security policy forbids any network use.
/// Respects <c>--redact</c> and <c>--no-snippets</c>.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    /// <summary>Findings listed at most; beyond it the page says how many are left out and points to the SARIF log.</summary>
    public const int MaxListedFindings = 10_000;

    private static readonly Lazy<(string Css, string Script)> Assets = new(() => (Asset("report.css"), Asset("report.js")));

    public string Format => "html";

    public void Write(CheckReport report, Stream output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        using var html = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        var shown = report.AllFindings.Where(f => f.IsListed).ToList();
        html.WriteLine("<!DOCTYPE html>");
        html.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">");
        html.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.WriteLine("<title>B2BRules report</title>");
        html.WriteLine($"<style>{Assets.Value.Css}</style></head><body>");
        WriteHeader(html, report, shown);
        WriteSummary(html, report, shown);
        WriteFilters(html, shown);
        var budget = MaxListedFindings;
        foreach (var batch in report.Batches)
        {
            budget -= WriteBatch(html, batch, options, budget);
        }

        if (budget < 0)
        {
            html.WriteLine(Invariant($"<p class=\"note\" id=\"omitted\">{-budget:N0} more findings are not listed here (the page lists {MaxListedFindings:N0}); the SARIF, JSON and text reports hold them all.</p>"));
        }

        WriteNotifications(html, report, options);
        html.WriteLine($"<script>{Assets.Value.Script}</script>");
        html.WriteLine("</body></html>");
    }

    private static void WriteHeader(StreamWriter html, CheckReport report, List<Finding> shown)
    {
        html.WriteLine("<h1>B2BRules report</h1>");
        var when = report.StartTimeUtc is { } start ? start.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) + " · " : string.Empty;
        var rows = report.Batches.Sum(b => b.RowCount);
        html.WriteLine(Invariant($"<p class=\"run\">{when}{report.Batches.Count:N0} file(s), {rows:N0} rows · configuration {Encode(report.ConfigurationName)} · b2brules {Encode(RuleCatalog.EngineComponent.Version)}</p>"));
        html.WriteLine("<div class=\"totals\">");
        foreach (var level in new[] { Severity.Error, Severity.Warning, Severity.Note })
        {
            var name = RuleText.Level(level);
            html.WriteLine(Invariant($"<div class=\"total\" id=\"total-{name}\"><b class=\"level-{name}\">{shown.Count(f => f.Diagnostic.Severity == level):N0}</b>{name}s</div>"));
        }

        var suppressed = report.AllFindings.Count(f => f.IsSuppressed);
        html.WriteLine(Invariant($"<div class=\"total\"><b>{suppressed:N0}</b>suppressed</div>"));
        html.WriteLine("</div>");
    }

    private static void WriteSummary(StreamWriter html, CheckReport report, List<Finding> shown)
    {
        var byRule = shown.GroupBy(f => (f.Diagnostic.Id, f.Diagnostic.Severity))
            .OrderBy(g => g.Key.Severity == Severity.Error ? 0 : g.Key.Severity == Severity.Warning ? 1 : 2)
            .ThenByDescending(g => g.Count()).ThenBy(g => g.Key.Id, StringComparer.Ordinal)
            .ToList();
        html.WriteLine("<h2>By rule</h2>");
        if (byRule.Count == 0)
        {
            html.WriteLine("<p id=\"clean\">No findings.</p>");
            return;
        }

        var most = byRule.Max(g => g.Count());
        html.WriteLine("<table id=\"summary\"><thead><tr><th>Rule</th><th>Title</th><th>Severity</th><th>Findings</th><th style=\"width:30%\"></th></tr></thead><tbody>");
        foreach (var group in byRule)
        {
            var descriptor = group.First().Diagnostic.Descriptor;
            var level = RuleText.Level(group.Key.Severity);
            var width = Math.Max(1, 100 * group.Count() / most);
            html.WriteLine(Invariant($"<tr data-rule=\"{Encode(group.Key.Id)}\"><td>{RuleLink(descriptor)}</td><td>{Encode(descriptor.Title)}</td><td class=\"level level-{level}\">{level}</td><td>{group.Count():N0}</td><td><div class=\"bar bar-{level}\" style=\"width:{width}%\"></div></td></tr>"));
        }

        html.WriteLine("</tbody></table>");
    }

    private static void WriteFilters(StreamWriter html, List<Finding> shown)
    {
        html.WriteLine("<h2>Findings</h2>");
        html.WriteLine("<div class=\"filters\"><label>Rule <select id=\"filter-rule\"><option value=\"\">all rules</option>");
        foreach (var id in shown.Select(f => f.Diagnostic.Id).Distinct().Order(StringComparer.Ordinal))
        {
            html.WriteLine($"<option value=\"{Encode(id)}\">{Encode(id)}</option>");
        }

        html.WriteLine("</select></label>");
        foreach (var level in new[] { "error", "warning", "note" })
        {
            html.WriteLine($"<label class=\"level level-{level}\"><input type=\"checkbox\" data-level=\"{level}\" checked> {level}s</label>");
        }

        html.WriteLine(Invariant($"<span><b id=\"shown\">{Math.Min(shown.Count, MaxListedFindings):N0}</b> shown</span></div>"));
    }

    /// <summary>Writes one batch's findings (at most <paramref name="budget"/>); returns how many findings it had.</summary>
    private static int WriteBatch(StreamWriter html, BatchResult batch, ReportOptions options, int budget)
    {
        var findings = batch.Findings.Where(f => f.IsListed).ToList();
        if (findings.Count == 0)
        {
            return 0;
        }

        var listed = findings.Take(Math.Max(0, budget)).ToList();
        var rows = options.Snippets ? BatchRows.Read(batch, listed.Select(f => f.Diagnostic.Location.StartLine)) : BatchRows.None;
        html.WriteLine(Invariant($"<h2 class=\"batch\">{Encode(batch.FilePath)} <span class=\"note\">{batch.Format}, {batch.RowCount:N0} rows, {findings.Count:N0} findings</span></h2>"));
        html.WriteLine("<table class=\"findings\"><thead><tr><th>Place</th><th>Severity</th><th>Rule</th><th>Finding</th></tr></thead><tbody>");
        foreach (var finding in listed)
        {
            var d = finding.Diagnostic;
            var level = RuleText.Level(d.Severity);
            html.Write(Invariant($"<tr class=\"finding\" data-rule=\"{Encode(d.Id)}\" data-level=\"{level}\"><td class=\"place\">{d.Location.StartLine}:{d.Location.StartColumn}</td>"));
            html.Write($"<td class=\"level level-{level}\">{level}</td><td>{RuleLink(d.Descriptor)}</td><td>{Encode(options.Text(d.Message))}");
            if (rows.TryGetValue(d.Location.StartLine, out var row) && row.LineNumber == d.Location.StartLine)
            {
                WriteRow(html, row, d.Location, options);
            }
            else if (options.Snippets && finding.CellValue is { } cell)
            {
                html.Write($"<div class=\"row\"><span class=\"cell hit\">{Encode(options.Text(cell))}</span></div>");
            }

            html.WriteLine("</td></tr>");
        }

        html.WriteLine("</tbody></table>");
        return findings.Count;
    }

    /// <summary>The finding's row, every cell labelled by its column, the offending cell (or the whole row) marked.</summary>
    private static void WriteRow(StreamWriter html, InvitationRow row, Location location, ReportOptions options)
    {
        html.Write("<div class=\"row\">");
        var wholeRow = location.ColumnKey is null;
        for (var i = 0; i < row.CellCount; i++)
        {
            var span = row.SpanAt(i);
            var hit = wholeRow || (span.StartLine == location.StartLine && span.StartColumn == location.StartColumn);
            var value = row.CellAt(i);
            var column = i < row.Batch.Columns.Count ? row.Batch.Columns[i].Key : string.Empty;
            var classes = "cell" + (hit ? " hit" : string.Empty) + (value.Length == 0 ? " empty" : string.Empty);
            html.Write($"<span class=\"{classes}\" title=\"{Encode(column)}\">{(value.Length == 0 ? "(empty)" : Encode(options.Text(value)))}</span>");
        }

        html.Write("</div>");
    }

    private static void WriteNotifications(StreamWriter html, CheckReport report, ReportOptions options)
    {
        var notifications = report.AllNotifications.ToList();
        if (notifications.Count == 0)
        {
            return;
        }

        html.WriteLine("<h2>Tool notifications</h2><ul id=\"notifications\">");
        foreach (var n in notifications)
        {
            var level = RuleText.Level(n.Level);
            html.WriteLine($"<li><span class=\"level level-{level}\">{level}</span> {Encode(n.Descriptor.Id)}: {Encode(options.Text(n.Message))}</li>");
        }

        html.WriteLine("</ul>");
    }

    private static string RuleLink(RuleDescriptor descriptor) => descriptor.HelpUri is { } uri && Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.Scheme is "https" or "http"
        ? $"<a href=\"{Encode(uri)}\" rel=\"noopener\">{Encode(descriptor.Id)}</a>"
        : Encode(descriptor.Id);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Asset(string name)
    {
        using var stream = typeof(HtmlReportWriter).Assembly.GetManifestResourceStream("html/" + name)
            ?? throw new InvalidOperationException($"The HTML report's {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
