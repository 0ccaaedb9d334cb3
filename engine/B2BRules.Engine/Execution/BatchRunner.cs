using B2BRules.Engine.Configuration;
using B2BRules.Engine.Input;
using B2BRules.Sdk;

namespace B2BRules.Engine.Execution;

/// <summary>
/// Runs every enabled rule over one batch as it streams by. Each rule is isolated: one that throws is quarantined for
/// the rest of the batch (its earlier findings stay, B2B9001); a finding outside its declared descriptors is refused
/// (B2B9005); a bad option value is a configuration error naming the YAML's place (B2B9003).
/// </summary>
public sealed class BatchRunner
{
    /// <summary>Checks one batch file.</summary>
    public BatchResult Run(RuleCatalog catalog, string fullPath, string filePath, FileSettings settings, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Run(catalog, stream, fullPath, filePath, settings, cancellationToken);
    }

    /// <summary>Checks one batch read from a stream (for tests and tools that hold the text in memory).</summary>
    public BatchResult Run(RuleCatalog catalog, Stream stream, string fullPath, string filePath, FileSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(settings);
        var run = new BatchRun(settings);
        using var reader = new CsvBatchReader(stream, filePath, run.Accept);
        var batch = reader.ReadHeader(settings.Policy);
        var rowCount = 0;
        if (batch is not null)
        {
            var rules = catalog.Rules
                .Where(r => r.Descriptors.Any(d => settings.LevelOf(d) != RuleLevel.Off))
                .Select(r => new RuleInBatch(r, run, settings.OptionsFor(r.Descriptors), cancellationToken))
                .ToList();
            rules.ForEach(rule => rule.Start(batch));
            foreach (var row in reader.ReadRows())
            {
                cancellationToken.ThrowIfCancellationRequested();
                rowCount++;
                run.CurrentRow = row;
                foreach (var rule in rules)
                {
                    rule.Visit(row);
                }

                run.CurrentRow = null;
            }

            rules.ForEach(rule => rule.End(batch, rowCount));
            rules.ForEach(rule => rule.ReportUnreadOptions());
        }

        var ordered = run.Findings
            .OrderBy(f => f.Diagnostic.Location.StartLine)
            .ThenBy(f => f.Diagnostic.Location.StartColumn)
            .ThenBy(f => f.Diagnostic.Id, StringComparer.Ordinal)
            .ThenBy(f => f.Diagnostic.Message, StringComparer.Ordinal);
        return new BatchResult(filePath, fullPath, batch?.Format ?? BatchFormat.Unknown, rowCount, Fingerprints.Assign(ordered), run.Notifications);
    }
}
