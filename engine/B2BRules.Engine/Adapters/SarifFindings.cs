using System.Security.Cryptography;
using System.Text.Json;
using B2BRules.Engine.Checking;
using B2BRules.Engine.Execution;
using B2BRules.Engine.Findings;
using B2BRules.Engine.Input;
using B2BRules.Engine.Plugins;
using B2BRules.Engine.Sarif;
using B2BRules.Sdk;

namespace B2BRules.Engine.Adapters;

/// <summary>
/// <c>apply --from-sarif</c>: the findings of an earlier check, read back from its SARIF log instead of running the rules
/// again. A log that cannot be trusted to be complete is refused: capped, redacted, written without suppressed results,
/// or about a batch whose SHA-256 no longer matches (docs/adapters.md).
/// </summary>
internal static class SarifFindings
{
    public static List<BatchResult> Read(string logPath, IReadOnlyList<string> batchFiles, string sourceRoot, RuleCatalog catalog, Policy policy)
    {
        if (!File.Exists(logPath))
        {
            throw new UsageException($"The SARIF log '{logPath}' does not exist.");
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(logPath));
        var run = document.RootElement.GetProperty("runs")[0];
        if (run.TryGetProperty("properties", out var properties) && properties.TryGetProperty("b2brules", out var b2brules))
        {
            foreach (var (flag, why) in new[] { ("capped", "it was capped"), ("redacted", "it was redacted"), ("omittedSuppressed", "it was written without its suppressed results") })
            {
                if (b2brules.TryGetProperty(flag, out var value) && value.GetBoolean())
                {
                    throw new UsageException($"The SARIF log '{logPath}' cannot drive an adapter: {why}, so it may not hold every finding. Run the check again without that option.");
                }
            }
        }

        var hashes = run.GetProperty("artifacts").EnumerateArray()
            .ToDictionary(a => a.GetProperty("location").GetProperty("uri").GetString()!, a => a.GetProperty("hashes").GetProperty("sha-256").GetString()!, StringComparer.Ordinal);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var batches = new List<BatchResult>();
        foreach (var file in batchFiles)
        {
            var display = InputResolver.DisplayPath(file, sourceRoot);
            var uri = SarifUri.Escape(display);
            if (!hashes.TryGetValue(uri, out var hash))
            {
                throw new UsageException($"The SARIF log '{logPath}' has no results for '{display}'; check that batch first.");
            }

            using (var stream = File.OpenRead(file))
            {
                if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(stream)), hash, StringComparison.OrdinalIgnoreCase))
                {
                    throw new UsageException($"'{display}' changed since the SARIF log was written (its SHA-256 differs); check it again.");
                }
            }

            BatchFindings findings = [.. results.Where(r => Uri(r) == uri && !(r.TryGetProperty("baselineState", out var state) && state.GetString() == "absent"))
                .Select(r => ToFinding(r, display, catalog))];
            batches.Add(new BatchResult(display, file, FormatOf(file, display, policy), 0, findings, []));
        }

        return batches;
    }

    private static string Uri(JsonElement result) =>
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;

    private static Finding ToFinding(JsonElement result, string filePath, RuleCatalog catalog)
    {
        var id = result.TryGetProperty("ruleId", out var ruleId) ? ruleId.GetString()! : result.GetProperty("rule").GetProperty("id").GetString()!;
        var descriptor = catalog.DescriptorsById.GetValueOrDefault(id) ?? new RuleDescriptor(id, id, "{0}", "Unknown", Severity.Warning);
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        var props = result.TryGetProperty("properties", out var p) ? p : default;
        int? record = props.ValueKind == JsonValueKind.Object && props.TryGetProperty("csvRecord", out var r) ? r.GetInt32() : null;
        var column = props.ValueKind == JsonValueKind.Object && props.TryGetProperty("csvColumn", out var c) ? c.GetString() : null;
        var location = new Location(filePath, region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
            region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32(), column, record);
        var severity = result.GetProperty("level").GetString() switch { "error" => Severity.Error, "warning" => Severity.Warning, "note" => Severity.Note, _ => Severity.Hidden };
        var message = result.GetProperty("message").GetProperty("text").GetString()!.TrimEnd('.');
        var diagnostic = Diagnostic.FromMessage(descriptor, location, message, severity);
        AppliedSuppression? suppression = null;
        if (result.TryGetProperty("suppressions", out var suppressions) && suppressions.GetArrayLength() > 0)
        {
            var s = suppressions[0];
            suppression = new AppliedSuppression(s.TryGetProperty("justification", out var j) ? j.GetString() ?? string.Empty : string.Empty, null,
                s.TryGetProperty("status", out var status) && status.GetString() == "accepted");
        }

        return new Finding(diagnostic, null, null) { Suppression = suppression };
    }

    private static BatchFormat FormatOf(string file, string display, Policy policy)
    {
        using var reader = CsvBatchReader.Open(file, display, _ => { });
        return reader.ReadHeader(policy)?.Format ?? BatchFormat.Unknown;
    }
}
