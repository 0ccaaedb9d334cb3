using System.Globalization;
using System.Text;
using System.Xml;
using B2BRules.Engine.Checking;
using B2BRules.Sdk;

namespace B2BRules.Engine.Reporting;

/// <summary>
/// JUnit XML for CI systems that show test results (Azure DevOps, GitLab, Jenkins): one test suite per batch file and
/// one test case per rule that ran on it. A case fails when the rule has unsuppressed findings at or above
/// <c>--fail-on</c> in that file; findings below it are listed in the case's output.
/// </summary>
public sealed class JUnitReportWriter : IReportWriter
{
    public string Format => "junit";

    public void Write(CheckReport report, Stream output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        var threshold = options.FailOn switch { FailOn.Warning => Severity.Warning, FailOn.Never => (Severity?)null, _ => Severity.Error };
        var ruleIds = report.Catalog.DescriptorsById.Keys.Order(StringComparer.Ordinal).ToList();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "b2brules");
        foreach (var batch in report.Batches)
        {
            var byRule = batch.Findings.Where(f => !f.IsSuppressed).GroupBy(f => f.Diagnostic.Id).ToDictionary(g => g.Key, g => g.ToList());
            var failing = ruleIds.Count(id => byRule.TryGetValue(id, out var found) && found.Any(f => f.Diagnostic.Severity >= threshold));
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", batch.FilePath);
            xml.WriteAttributeString("tests", ruleIds.Count.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("failures", failing.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("errors", "0");
            foreach (var id in ruleIds)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", batch.FilePath);
                xml.WriteAttributeString("name", $"{id} {report.Catalog.DescriptorsById[id].Title}");
                if (byRule.TryGetValue(id, out var found))
                {
                    var lines = string.Join("\n", found.Select(f => string.Create(CultureInfo.InvariantCulture,
                        $"{batch.FilePath}:{f.Diagnostic.Location.StartLine}:{f.Diagnostic.Location.StartColumn} {RuleText.Level(f.Diagnostic.Severity)} {options.Text(f.Diagnostic.Message)}")));
                    if (found.Any(f => f.Diagnostic.Severity >= threshold))
                    {
                        xml.WriteStartElement("failure");
                        xml.WriteAttributeString("message", string.Create(CultureInfo.InvariantCulture, $"{found.Count} finding(s) of {id}"));
                        xml.WriteString(lines);
                        xml.WriteEndElement();
                    }
                    else
                    {
                        xml.WriteElementString("system-out", lines);
                    }
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
