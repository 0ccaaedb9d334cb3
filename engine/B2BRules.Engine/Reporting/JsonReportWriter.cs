using System.Text.Encodings.Web;
using System.Text.Json;
using B2BRules.Engine.Execution;
using B2BRules.Sdk;

namespace B2BRules.Engine.Reporting;

/// <summary>A plain JSON report for scripts: files, their findings, tool notifications and a summary.</summary>
public sealed class JsonReportWriter : IReportWriter
{
    public string Format => "json";

    public void Write(CheckReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("tool", "b2brules");
        json.WriteString("configuration", report.ConfigurationSource.Replace('\\', '/'));
        json.WriteStartArray("files");
        foreach (var batch in report.Batches)
        {
            json.WriteStartObject();
            json.WriteString("path", batch.FilePath);
            json.WriteString("format", batch.Format.ToString());
            json.WriteNumber("rows", batch.RowCount);
            json.WriteStartArray("diagnostics");
            foreach (var d in batch.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", d.Id);
                json.WriteString("severity", RuleText.Level(d.Severity));
                json.WriteString("message", d.Message);
                json.WriteNumber("line", d.Location.StartLine);
                json.WriteNumber("column", d.Location.StartColumn);
                json.WriteNumber("endLine", d.Location.EndLine);
                json.WriteNumber("endColumn", d.Location.EndColumn);
                WriteOptional(json, "csvColumn", d.Location.ColumnKey);
                if (d.Location.RecordNumber is { } record)
                {
                    json.WriteNumber("record", record);
                }

                json.WriteEndObject();
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
            json.WriteString("message", n.Message);
            WriteOptional(json, "file", n.Where?.FilePath);
            if (n.Where is { } where)
            {
                json.WriteNumber("line", where.StartLine);
                json.WriteNumber("column", where.StartColumn);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        var all = report.AllDiagnostics.ToList();
        json.WriteStartObject("summary");
        json.WriteNumber("errors", all.Count(d => d.Severity == Severity.Error));
        json.WriteNumber("warnings", all.Count(d => d.Severity == Severity.Warning));
        json.WriteNumber("notes", all.Count(d => d.Severity == Severity.Note));
        json.WriteNumber("rows", report.Batches.Sum(b => b.RowCount));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
