using System.Text.Json;
using B2BRules.Engine.Checking;
using B2BRules.Engine.Execution;
using B2BRules.Engine.Findings;

namespace B2BRules.Engine.Baselines;

/// <summary>One result of a baseline log: enough to recognise the finding again, and to report it as absent.</summary>
public sealed record BaselineResult(string RuleId, string Uri, string Fingerprint, int Line, int Column, string Message, string Level);

/// <summary>
/// A baseline: a SARIF log written by <c>b2brules baseline create</c> (or any b2brules SARIF log). Findings are matched
/// by file and content-keyed fingerprint, so re-sorting rows or inserting rows above keeps them "unchanged".
/// </summary>
public sealed class BaselineLog
{
    private readonly Dictionary<(string Uri, string Fingerprint), BaselineResult> _results;

    private BaselineLog(Dictionary<(string, string), BaselineResult> results) => _results = results;

    public int Count => _results.Count;

    /// <summary>Reads a baseline; throws <see cref="UsageException"/> when it is missing or not a b2brules SARIF log.</summary>
    public static BaselineLog Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"The baseline '{path}' does not exist; write one with 'b2brules baseline create'.");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var results = new Dictionary<(string, string), BaselineResult>();
            foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
            {
                foreach (var result in run.GetProperty("results").EnumerateArray())
                {
                    if (result.TryGetProperty("baselineState", out var state) && state.GetString() == "absent")
                    {
                        continue;
                    }

                    var entry = ReadResult(result) ?? throw new UsageException($"The baseline '{path}' has results without a b2brules/v1 fingerprint; it was not written by b2brules.");
                    results.TryAdd((entry.Uri, entry.Fingerprint), entry);
                }
            }

            return new BaselineLog(results);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new UsageException($"The baseline '{path}' is not a SARIF log: {e.Message}", e);
        }
    }

    /// <summary>Marks each finding new, unchanged or updated; returns the batches and the baseline results no longer found.</summary>
    public (IReadOnlyList<BatchResult> Batches, IReadOnlyList<BaselineResult> Absent) Compare(IReadOnlyList<BatchResult> batches)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var matched = new HashSet<(string, string)>();
        var marked = batches.Select(batch => batch with
        {
            Findings = batch.Findings.Mark(finding =>
            {
                var key = (Sarif.SarifUri.Escape(batch.FilePath), finding.Fingerprint);
                if (!_results.TryGetValue(key, out var old))
                {
                    return finding with { Baseline = BaselineState.New };
                }

                matched.Add(key);
                var same = old.Line == finding.Diagnostic.Location.StartLine && old.Message == Sarif.SarifMessage.Text(finding.Diagnostic.Message);
                return finding with { Baseline = same ? BaselineState.Unchanged : BaselineState.Updated };
            }),
        }).ToList();
        var checkedUris = batches.Select(b => Sarif.SarifUri.Escape(b.FilePath)).ToHashSet(StringComparer.Ordinal);
        var absent = _results.Where(p => !matched.Contains(p.Key) && checkedUris.Contains(p.Key.Uri))
            .Select(p => p.Value)
            .OrderBy(r => r.Uri, StringComparer.Ordinal).ThenBy(r => r.Line).ThenBy(r => r.RuleId, StringComparer.Ordinal)
            .ToList();
        return (marked, absent);
    }

    private static BaselineResult? ReadResult(JsonElement result)
    {
        if (!result.TryGetProperty("fingerprints", out var fingerprints) || !fingerprints.TryGetProperty(Fingerprints.Key, out var fingerprint))
        {
            return null;
        }

        var ruleId = result.TryGetProperty("ruleId", out var id) ? id.GetString()! : result.GetProperty("rule").GetProperty("id").GetString()!;
        var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        var region = physical.GetProperty("region");
        return new BaselineResult(
            ruleId,
            physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!,
            fingerprint.GetString()!,
            region.GetProperty("startLine").GetInt32(),
            region.TryGetProperty("startColumn", out var column) ? column.GetInt32() : 1,
            result.GetProperty("message").GetProperty("text").GetString()!,
            result.TryGetProperty("level", out var level) ? level.GetString()! : "warning");
    }
}
