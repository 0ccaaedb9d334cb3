using B2BRules.Engine.Checking;

namespace B2BRules.Engine.Reporting;

/// <summary>One output format of <c>b2brules check</c> (text, sarif, github, json).</summary>
public interface IReportWriter
{
    /// <summary>The name used with <c>--format</c> and <c>--output FORMAT=FILE</c>.</summary>
    string Format { get; }

    /// <summary>Writes the report; the stream is UTF-8 without BOM.</summary>
    void Write(CheckReport report, Stream output, ReportOptions options);
}
