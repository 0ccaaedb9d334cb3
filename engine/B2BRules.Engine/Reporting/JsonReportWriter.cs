using System.Text.Encodings.Web;
using System.Text.Json;
using B2BRules.Engine.Checking;
using B2BRules.Engine.Findings;
using B2BRules.Sdk;

namespace B2BRules.Engine.Reporting;

/// <summary>A plain JSON report for scripts, with a published schema (docs/json-report.schema.json): files, findings, notifications, summary.</summary>
public sealed class JsonReportWriter : IReportWriter
{
    public const int SchemaVersion = 1;

    public string Format => "json";

    public void Write(CheckReport report, Stream output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteString("tool", "b2brules");
        json.WriteString("configuration", report.ConfigurationSource.Replace('\\', '/'));
        json.WriteStartArray("files");
        foreach (var batch in report.Batches)
        {
            json.WriteStartObject();
            json.WriteString("path", batch.FilePath);
            json.WriteString("format", batch.Format.ToString());
            json.WriteNumber("rows", batch.RowCount);
            json.WriteStartArray("findings");
            foreach (var f in batch.Findings)
            {
                WriteFinding(json, f, report.HasBaseline, options);
                json.FlushWhenLarge();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("notifications");
        foreach (var n in report.AllNotifications)
        {
            json.WriteStartObject();
            json.WriteString("id", n.Descriptor.Id);
            json.WriteString("level", RuleText.Level(n.Level));
            json.WriteString("message", options.Text(n.Message));
            if (n.Where is { } where)
            {
                json.WriteString("file", Sarif.SarifUri.DisplayPath(where.FilePath, report.SourceRoot));
                json.WriteNumber("line", where.StartLine);
                json.WriteNumber("column", where.StartColumn);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        var counted = report.AllFindings.Where(f => !f.IsSuppressed).Select(f => f.Diagnostic).ToList();
        json.WriteStartObject("summary");
        json.WriteNumber("errors", counted.Count(d => d.Severity == Severity.Error));
        json.WriteNumber("warnings", counted.Count(d => d.Severity == Severity.Warning));
        json.WriteNumber("notes", counted.Count(d => d.Severity == Severity.Note));
        json.WriteNumber("suppressed", report.AllFindings.Count(f => f.IsSuppressed));
        json.WriteNumber("rows", report.Batches.Sum(b => b.RowCount));
        if (report.HasBaseline)
        {
            json.WriteNumber("new", report.AllFindings.Count(f => !f.IsSuppressed && f.Baseline == BaselineState.New));
            json.WriteNumber("absent", report.Absent.Count);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding f, bool withBaseline, ReportOptions options)
    {
        var d = f.Diagnostic;
        json.WriteStartObject();
        json.WriteString("ruleId", d.Id);
        json.WriteString("severity", RuleText.Level(d.Severity));
        json.WriteString("message", options.Text(d.Message));
        json.WriteNumber("line", d.Location.StartLine);
        json.WriteNumber("column", d.Location.StartColumn);
        json.WriteNumber("endLine", d.Location.EndLine);
        json.WriteNumber("endColumn", d.Location.EndColumn);
        if (d.Location.ColumnKey is { } column)
        {
            json.WriteString("csvColumn", column);
        }

        if (d.Location.RecordNumber is { } record)
        {
            json.WriteNumber("record", record);
        }

        json.WriteString("fingerprint", f.Fingerprint);
        json.WriteBoolean("suppressed", f.IsSuppressed);
        if (f.Suppression is { } suppression)
        {
            json.WriteString("justification", options.Text(suppression.Justification));
        }

        if (withBaseline)
        {
            json.WriteString("baselineState", (f.Baseline ?? BaselineState.New).ToString().ToLowerInvariant());
        }

        json.WriteEndObject();
    }
}
