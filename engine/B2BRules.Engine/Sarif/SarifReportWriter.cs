using System.Globalization;
using System.Text.Json;
using B2BRules.Engine.Checking;
using B2BRules.Engine.Configuration;
using B2BRules.Engine.Execution;
using B2BRules.Engine.Findings;
using B2BRules.Engine.Reporting;
using B2BRules.Sdk;

namespace B2BRules.Engine.Sarif;

/// <summary>
/// Writes a SARIF 2.1.0 log (shared/sarif/README.md checklist): one run with the engine as driver and every other
/// component as an extension, the invocation (times, configuration overrides, notifications), version-control
/// provenance, artifacts with SHA-256 hashes, and the results. UTF-8 without BOM, deterministic order.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    public string Format => "sarif";

    public void Write(CheckReport report, Stream output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        var batches = report.Batches.OrderBy(b => b.FilePath, StringComparer.Ordinal).ToList();
        var plan = ResultPlan.Make(report, batches, options);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = SarifJson.Encoder });
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        SarifRulesWriter.WriteTool(json, report.Catalog);
        WriteInvocation(json, report, plan, options);
        WriteVersionControl(json, report.SourceRoot);
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SarifJson.SourceRootId);
        SarifJson.WriteText(json, "description", "The root of the checked work tree (--source-root; by default the git work tree's top).");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("automationDetails");
        json.WriteString("id", "b2brules/csv/");
        json.WriteEndObject();
        json.WriteString("columnKind", "utf16CodeUnits");
        WriteArtifacts(json, batches);
        WriteResults(json, report, batches, plan, options);
        WriteProperties(json, report, plan, options);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    private static void WriteInvocation(Utf8JsonWriter json, CheckReport report, ResultPlan plan, ReportOptions options)
    {
        var notifications = report.AllNotifications.Concat(plan.CapNotification is { } cap ? [cap] : []).ToList();
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        if (report.StartTimeUtc is { } start && report.EndTimeUtc is { } end)
        {
            json.WriteString("startTimeUtc", start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
            json.WriteString("endTimeUtc", end.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
        }

        json.WriteBoolean("executionSuccessful", !report.Stopped);
        WriteConfigurationOverrides(json, report);
        WriteNotifications(json, "toolConfigurationNotifications", notifications.Where(n => n.Kind == NotificationKind.Configuration), report.SourceRoot, options);
        WriteNotifications(json, "toolExecutionNotifications", notifications.Where(n => n.Kind == NotificationKind.Execution), report.SourceRoot, options);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>Rules whose level the configuration changed from their default (before per-file overrides).</summary>
    private static void WriteConfigurationOverrides(Utf8JsonWriter json, CheckReport report)
    {
        if (report.RunSettings is not { } settings)
        {
            return;
        }

        var changed = report.Catalog.Components.SelectMany((c, component) => c.SortedDescriptors.Select((d, index) => (d, component, index)))
            .Select(r => (r.d, r.component, r.index, Level: settings.LevelOf(r.d), Default: r.d.IsEnabledByDefault ? RuleLevels.From(r.d.DefaultSeverity) : RuleLevel.Off))
            .Where(r => r.Level != r.Default)
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }

        json.WriteStartArray("ruleConfigurationOverrides");
        foreach (var (descriptor, component, index, level, _) in changed)
        {
            json.WriteStartObject();
            json.WriteStartObject("descriptor");
            json.WriteString("id", descriptor.Id);
            json.WriteNumber("index", index);
            if (component > 0)
            {
                json.WriteStartObject("toolComponent");
                json.WriteNumber("index", component - 1);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartObject("configuration");
            json.WriteBoolean("enabled", level != RuleLevel.Off);
            json.WriteString("level", level == RuleLevel.Off ? RuleText.Level(descriptor.DefaultSeverity) : RuleText.Level(RuleLevels.ToSeverity(level)));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteNotifications(Utf8JsonWriter json, string name, IEnumerable<ToolNotification> notifications, string sourceRoot, ReportOptions options)
    {
        json.WriteStartArray(name);
        foreach (var notification in notifications)
        {
            json.WriteStartObject();
            json.WriteString("level", RuleText.Level(notification.Level));
            SarifJson.WriteText(json, "message", options.Text(RuleText.Sentence(notification.Message)));
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
                SarifJson.WritePhysicalLocation(json, uri, where);
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteVersionControl(Utf8JsonWriter json, string sourceRoot)
    {
        if (GitWorkTree.Find(sourceRoot) is not { } git)
        {
            return;
        }

        json.WriteStartArray("versionControlProvenance");
        json.WriteStartObject();
        json.WriteString("repositoryUri", git.RepositoryUri);
        if (git.RevisionId is { } revision)
        {
            json.WriteString("revisionId", revision);
        }

        if (git.Branch is { } branch)
        {
            json.WriteString("branch", branch);
        }

        json.WriteStartObject("mappedTo");
        json.WriteString("uriBaseId", SarifJson.SourceRootId);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteArtifacts(Utf8JsonWriter json, List<BatchResult> batches)
    {
        json.WriteStartArray("artifacts");
        foreach (var batch in batches)
        {
            json.WriteStartObject();
            json.WriteStartObject("location");
            json.WriteString("uri", SarifUri.Escape(batch.FilePath));
            json.WriteString("uriBaseId", SarifJson.SourceRootId);
            json.WriteEndObject();
            if (batch.Content is { } content)
            {
                json.WriteNumber("length", content.Length);
            }

            json.WriteString("mimeType", "text/csv");
            if (batch.Content is { } hashed)
            {
                json.WriteStartObject("hashes");
                json.WriteString("sha-256", hashed.Sha256);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteResults(Utf8JsonWriter json, CheckReport report, List<BatchResult> batches, ResultPlan plan, ReportOptions options)
    {
        var writer = new SarifResultWriter(json, RuleIndex.Build(report.Catalog), options, report.HasBaseline);
        json.WriteStartArray("results");
        for (var artifact = 0; artifact < batches.Count; artifact++)
        {
            var batch = batches[artifact];
            var findings = plan.Findings(batch);
            var absent = plan.Absent(batch);
            var uri = JsonEncodedText.Encode(SarifUri.Escape(batch.FilePath), SarifJson.Encoder);
            foreach (var finding in findings)
            {
                writer.Write(finding, uri, artifact);
                json.FlushWhenLarge();
            }

            if (absent.Count > 0)
            {
                var hashes = LineHash.Read(batch.FullPath);
                foreach (var result in absent)
                {
                    writer.WriteAbsent(result, artifact, hashes);
                    json.FlushWhenLarge();
                }
            }
        }

        json.WriteEndArray();
    }

    private static void WriteProperties(Utf8JsonWriter json, CheckReport report, ResultPlan plan, ReportOptions options)
    {
        json.WriteStartObject("properties");
        json.WriteStartObject("b2brules");
        json.WriteNumber("filesScanned", report.Batches.Count);
        json.WriteNumber("recordsScanned", report.Batches.Sum(b => b.RowCount));
        json.WriteString("configuration", report.ConfigurationName);
        json.WriteNumber("suppressedResults", report.AllFindings.Count(f => f.IsSuppressed));
        json.WriteBoolean("omittedSuppressed", options.OmitSuppressed);
        json.WriteBoolean("redacted", options.Redact);
        json.WriteBoolean("snippets", options.Snippets);
        json.WriteBoolean("capped", plan.CapNotification is { Level: not Severity.Note });
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Which results go into the log: suppressed ones left out on request, then the cap applied in order.</summary>
    private sealed class ResultPlan
    {
        private const int GitHubResultLimit = 5000;

        private readonly Dictionary<BatchResult, IEnumerable<Finding>> _findings = [];
        private readonly Dictionary<string, List<Baselines.BaselineResult>> _absent = new(StringComparer.Ordinal);

        public ToolNotification? CapNotification { get; private set; }

        public static ResultPlan Make(CheckReport report, List<BatchResult> batches, ReportOptions options)
        {
            var plan = new ResultPlan();
            var budget = options.MaxResults ?? int.MaxValue;
            var total = 0;
            foreach (var batch in batches)
            {
                // Filtered and capped as they are written, not copied: a batch may hold a million findings.
                var kept = options.OmitSuppressed ? batch.Findings.Where(f => !f.IsSuppressed) : batch.Findings;
                var count = options.OmitSuppressed ? kept.Count() : batch.Findings.Count;
                var taken = Math.Min(count, Math.Max(0, budget));
                total += count;
                plan._findings[batch] = kept.Take(taken);
                budget -= taken;
                var uri = SarifUri.Escape(batch.FilePath);
                var absent = report.Absent.Where(a => a.Uri == uri).ToList();
                total += absent.Count;
                plan._absent[batch.FilePath] = absent.Take(Math.Max(0, budget)).ToList();
                budget -= plan._absent[batch.FilePath].Count;
            }

            if (options.MaxResults is null && total > GitHubResultLimit)
            {
                plan.CapNotification = new ToolNotification(ToolNotifications.LogCapped,
                    string.Create(CultureInfo.InvariantCulture, $"The log holds all {total} results, more than the {GitHubResultLimit} per run GitHub code scanning keeps; pass --sarif-max-results {GitHubResultLimit} to cap it in order"),
                    null, Severity.Note, NotificationKind.Execution);
            }

            if (options.MaxResults is { } max && total > max)
            {
                plan.CapNotification = new ToolNotification(ToolNotifications.LogCapped,
                    string.Create(CultureInfo.InvariantCulture, $"The log holds the first {max} of {total} results (--sarif-max-results); the rest are left out"),
                    null, Severity.Warning, NotificationKind.Execution);
            }

            return plan;
        }

        public IEnumerable<Finding> Findings(BatchResult batch) => _findings[batch];

        public List<Baselines.BaselineResult> Absent(BatchResult batch) => _absent[batch.FilePath];
    }
}
