using System.Text.Encodings.Web;
using System.Text.Json;
using B2BRules.Engine.Execution;
using B2BRules.Engine.Plugins;
using B2BRules.Engine.Reporting;
using B2BRules.Sdk;

namespace B2BRules.Engine.Sarif;

/// <summary>
/// Writes a SARIF 2.1.0 log (shared/sarif/README.md checklist): the engine's checks under <c>tool.driver</c>, each plugin
/// assembly as a <c>tool.extensions</c> entry, repo-relative URIs under <c>%SRCROOT%</c>, full regions, GitHub's line
/// hashes, deterministic order, UTF-8 without BOM.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    public const string InformationUri = "https://github.com/b2brules/b2brules";
    private const string SourceRootId = "%SRCROOT%";

    public string Format => "sarif";

    public void Write(CheckReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, report.Catalog);
        WriteInvocation(json, report);
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRootId);
        json.WriteStartObject("description");
        json.WriteString("text", "The root of the checked work tree (--source-root; by default the git work tree's top).");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("automationDetails");
        json.WriteString("id", "b2brules/csv/");
        json.WriteEndObject();
        json.WriteString("columnKind", "utf16CodeUnits");
        WriteResults(json, report);
        json.WriteStartObject("properties");
        json.WriteStartObject("b2brules");
        json.WriteNumber("filesScanned", report.Batches.Count);
        json.WriteNumber("recordsScanned", report.Batches.Sum(b => b.RowCount));
        json.WriteString("configuration", SarifUri.TryRelative(report.ConfigurationSource, report.SourceRoot, out var configuration)
            ? configuration
            : Path.IsPathRooted(report.ConfigurationSource) ? Path.GetFileName(report.ConfigurationSource) : report.ConfigurationSource);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    private static void WriteTool(Utf8JsonWriter json, RuleCatalog catalog)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        WriteComponentHeader(json, RuleCatalog.EngineComponent);
        WriteRules(json, catalog.Components.First(c => c.IsEngine));
        json.WriteStartArray("notifications");
        foreach (var descriptor in ToolNotifications.All)
        {
            WriteDescriptor(json, descriptor, isNotification: true);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartArray("extensions");
        foreach (var component in catalog.Components.Where(c => !c.IsEngine))
        {
            json.WriteStartObject();
            WriteComponentHeader(json, component);
            WriteRules(json, component);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteComponentHeader(Utf8JsonWriter json, RuleComponent component)
    {
        json.WriteString("name", component.Name);
        json.WriteString("semanticVersion", component.Version);
        json.WriteString("informationUri", InformationUri);
    }

    private static void WriteRules(Utf8JsonWriter json, RuleComponent component)
    {
        json.WriteStartArray("rules");
        foreach (var descriptor in component.SortedDescriptors)
        {
            WriteDescriptor(json, descriptor, isNotification: false);
        }

        json.WriteEndArray();
    }

    private static void WriteDescriptor(Utf8JsonWriter json, RuleDescriptor descriptor, bool isNotification)
    {
        json.WriteStartObject();
        json.WriteString("id", descriptor.Id);
        json.WriteString("name", RuleText.Name(descriptor));
        WriteText(json, "shortDescription", RuleText.Sentence(descriptor.Title));
        WriteText(json, "fullDescription", RuleText.FullDescription(descriptor));
        json.WriteStartObject("help");
        json.WriteString("text", RuleText.Help(descriptor));
        json.WriteString("markdown", RuleText.HelpMarkdown(descriptor));
        json.WriteEndObject();
        if (descriptor.HelpUri is { } helpUri && !isNotification)
        {
            json.WriteString("helpUri", helpUri);
        }

        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", RuleText.Level(descriptor.DefaultSeverity));
        if (!descriptor.IsEnabledByDefault)
        {
            json.WriteBoolean("enabled", false);
        }

        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", descriptor.Category);
        json.WriteString("scope", descriptor.Scope == RuleScope.Batch ? "batch" : "row");
        if (!isNotification)
        {
            json.WriteString("precision", "very-high");
            json.WriteString("problem.severity", descriptor.DefaultSeverity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "recommendation",
            });
        }

        json.WriteStartArray("tags");
        foreach (var tag in descriptor.Tags.Take(10))
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, CheckReport report)
    {
        var notifications = report.AllNotifications.ToList();
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", !report.Stopped);
        WriteNotifications(json, "toolConfigurationNotifications", notifications.Where(n => n.Kind == NotificationKind.Configuration), report.SourceRoot);
        WriteNotifications(json, "toolExecutionNotifications", notifications.Where(n => n.Kind == NotificationKind.Execution), report.SourceRoot);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteNotifications(Utf8JsonWriter json, string name, IEnumerable<ToolNotification> notifications, string sourceRoot)
    {
        json.WriteStartArray(name);
        foreach (var notification in notifications)
        {
            json.WriteStartObject();
            json.WriteString("level", RuleText.Level(notification.Level));
            WriteText(json, "message", RuleText.Sentence(notification.Message));
            json.WriteStartObject("descriptor");
            json.WriteString("id", notification.Descriptor.Id);
            json.WriteNumber("index", ToolNotifications.All.IndexOf(notification.Descriptor));
            json.WriteEndObject();
            if (notification.RuleId is { } ruleId)
            {
                json.WriteStartObject("associatedRule");
                json.WriteString("id", ruleId);
                json.WriteEndObject();
            }

            if (notification.Where is { } where && SarifUri.TryRelative(where.FilePath, sourceRoot, out var uri))
            {
                json.WriteStartArray("locations");
                json.WriteStartObject();
                WritePhysicalLocation(json, uri, where);
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteResults(Utf8JsonWriter json, CheckReport report)
    {
        var index = RuleIndex.Build(report.Catalog);
        json.WriteStartArray("results");
        foreach (var batch in report.Batches.OrderBy(b => b.FilePath, StringComparer.Ordinal))
        {
            var lines = batch.Diagnostics.Select(d => d.Location.StartLine).ToHashSet();
            var hashes = lines.Count == 0 ? [] : LineHash.Compute(batch.FullPath, lines);
            var uri = SarifUri.Escape(batch.FilePath);
            foreach (var diagnostic in batch.Diagnostics)
            {
                WriteResult(json, diagnostic, uri, index, hashes);
            }
        }

        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, string uri, RuleIndex index, Dictionary<int, string> hashes)
    {
        var (component, ruleIndex) = index.Find(diagnostic.Id);
        json.WriteStartObject();
        if (component == 0)
        {
            json.WriteString("ruleId", diagnostic.Id);
            json.WriteNumber("ruleIndex", ruleIndex);
        }
        else
        {
            // A plugin's rule is named through rule {id, index, toolComponent}; the multitool (SARIF2004) rejects a
            // ruleId beside it, and GitHub reads rule.id when ruleId is absent.
            json.WriteStartObject("rule");
            json.WriteString("id", diagnostic.Id);
            json.WriteNumber("index", ruleIndex);
            json.WriteStartObject("toolComponent");
            json.WriteNumber("index", component - 1);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteString("level", RuleText.Level(diagnostic.Severity));
        WriteText(json, "message", RuleText.Sentence(diagnostic.Message));
        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysicalLocation(json, uri, diagnostic.Location);
        json.WriteEndObject();
        json.WriteEndArray();
        if (hashes.TryGetValue(diagnostic.Location.StartLine, out var hash))
        {
            json.WriteStartObject("partialFingerprints");
            json.WriteString("primaryLocationLineHash", hash);
            json.WriteEndObject();
        }

        json.WriteStartObject("properties");
        if (diagnostic.Location.RecordNumber is { } record)
        {
            json.WriteNumber("csvRecord", record);
        }

        if (diagnostic.Location.ColumnKey is { } column)
        {
            json.WriteString("csvColumn", column);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, string uri, Location location)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        json.WriteString("uriBaseId", SourceRootId);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", location.StartLine);
        json.WriteNumber("startColumn", location.StartColumn);
        json.WriteNumber("endLine", Math.Max(location.EndLine, location.StartLine));
        json.WriteNumber("endColumn", location.EndLine > location.StartLine ? location.EndColumn : Math.Max(location.EndColumn, location.StartColumn));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
