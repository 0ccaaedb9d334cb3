using System.Globalization;
using System.Text;
using B2BRules.Engine.Checking;
using B2BRules.Sdk;

namespace B2BRules.Engine.Reporting;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message</c>):
/// annotations on the pull request. Suppressed findings are left out.
/// </summary>
public sealed class GitHubReportWriter : IReportWriter
{
    public string Format => "github";

    public void Write(CheckReport report, Stream output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        using var text = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        foreach (var d in report.AllFindings.Where(f => !f.IsSuppressed).Select(f => f.Diagnostic).Where(d => d.Severity != Severity.Hidden))
        {
            var command = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
            var l = d.Location;
            text.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"::{command} file={Property(l.FilePath)},line={l.StartLine},col={l.StartColumn},endLine={l.EndLine},endColumn={l.EndColumn},title={Property(d.Id + " " + d.Descriptor.Title)}::{Data(options.Text(d.Message))}"));
        }

        foreach (var n in report.AllNotifications)
        {
            var command = n.Level == Severity.Error ? "error" : n.Level == Severity.Warning ? "warning" : "notice";
            text.WriteLine($"::{command} title={Property(n.Descriptor.Id + " " + n.Descriptor.Title)}::{Data(options.Text(n.Message))}");
        }
    }

    private static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
