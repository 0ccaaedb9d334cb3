using B2BRules.Engine.Configuration;
using B2BRules.Engine.Input;
using B2BRules.Sdk;

namespace B2BRules.Engine.Execution;

/// <summary>
/// Runs every enabled rule over one batch as it streams by. Each rule is isolated: one that throws is quarantined for
/// the rest of the batch (its earlier findings stay, B2B9001); one whose call overruns its time budget is abandoned and
/// quarantined for the rest of the run (B2B9004); a finding outside its declared descriptors is refused (B2B9005); a
/// bad option value is a configuration error naming the YAML's place (B2B9003).
/// </summary>
public sealed class BatchRunner
{
    /// <summary>How long one rule call may take by default before the rule is abandoned (B2B9004).</summary>
    public static readonly TimeSpan DefaultRuleTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Checks one batch file.</summary>
    public BatchResult Run(
        RuleCatalog catalog, string fullPath, string filePath, FileSettings settings, CancellationToken cancellationToken, RunContext? limits = null)
    {
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Run(catalog, stream, fullPath, filePath, settings, cancellationToken, limits);
    }

    /// <summary>
    /// Checks one batch read from a stream (for tests and tools that hold the text in memory); the caller owns the
    /// stream. A seekable stream is read again for GitHub's line hashes and the file's SHA-256.
    /// </summary>
    public BatchResult Run(
        RuleCatalog catalog, Stream stream, string fullPath, string filePath, FileSettings settings, CancellationToken cancellationToken, RunContext? limits = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(settings);
        var run = new BatchRun(settings);
        using var reader = new CsvBatchReader(stream, filePath, run.Accept, leaveOpen: true);
        var batch = reader.ReadHeader(settings.Policy);
        var rowCount = 0;
        if (batch is not null)
        {
            limits ??= new RunContext(DefaultRuleTimeout, new RunQuarantine());
            var watchdog = new Watchdog(limits.RuleTimeout);
            var rules = catalog.Rules
                .Where(r => r.Descriptors.Any(d => settings.LevelOf(d) != RuleLevel.Off))
                .Select(r => new RuleInBatch(r, run, settings.OptionsFor(r.Descriptors), watchdog, limits.Quarantine, cancellationToken))
                .ToList();
            using var rows = reader.ReadRows().GetEnumerator();
            var work = new BatchWork(rules, batch, rows, run, cancellationToken, limits.Progress);
            RunWatched(work, watchdog);
            rowCount = work.RowCount;
        }

        var ordered = run.Findings.Order(FindingOrder).ToArray();
        Fingerprints.Assign(ordered);
        if (stream.CanSeek && ordered.Length > 0)
        {
            // GitHub's line hashes need the file's text; computing them here keeps that work in the parallel phase.
            using var lineHashes = new Sarif.LineHash.Reader(stream, leaveOpen: true);
            foreach (var finding in ordered)
            {
                finding.LineHashValue = lineHashes.ValueOf(finding.Diagnostic.Location.StartLine);
            }
        }

        (long, string)? content = null;
        if (stream.CanSeek)
        {
            // The artifact's hash is read here too, in the parallel phase, rather than by each report writer.
            stream.Position = 0;
            content = (stream.Length, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream)));
        }

        return new BatchResult(filePath, fullPath, batch?.Format ?? BatchFormat.Unknown, rowCount, ordered, run.Notifications)
        {
            TimedOut = run.TimedOut,
            Content = content,
        };
    }

    /// <summary>Reports' order within a batch: by place, then rule, then message (a stable sort keeps the rest as reported).</summary>
    private static readonly Comparer<Finding> FindingOrder = Comparer<Finding>.Create((a, b) =>
    {
        var (x, y) = (a.Diagnostic, b.Diagnostic);
        var order = x.Location.StartLine.CompareTo(y.Location.StartLine);
        order = order != 0 ? order : x.Location.StartColumn.CompareTo(y.Location.StartColumn);
        order = order != 0 ? order : string.CompareOrdinal(x.Id, y.Id);
        return order != 0 ? order : string.CompareOrdinal(x.Message, y.Message);
    });

    /// <summary>Runs the walk on a worker thread; when a call overruns, gives up on that worker and starts a fresh one.</summary>
    private static void RunWatched(BatchWork work, Watchdog watchdog)
    {
        var poll = TimeSpan.FromMilliseconds(Math.Clamp(watchdog.Budget.TotalMilliseconds / 10, 1, 50));
        while (!work.IsDone)
        {
            Exception? failure = null;
            var worker = new Thread(() =>
            {
                watchdog.AdoptCurrentThread();
                ConsoleCapture.AttributeThread(() => watchdog.Current.Rule?.DisplayName);
                try
                {
                    work.Continue();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            })
            {
                IsBackground = true, // an abandoned worker never keeps the process alive
                Name = "b2brules rules",
            };
            worker.Start();
            var abandoned = false;
            while (!worker.Join(poll))
            {
                if (watchdog.TryAbandonOverrunningCall())
                {
                    var (rule, row) = watchdog.Current;
                    rule!.TimedOut(row);
                    abandoned = true;
                    break;
                }
            }

            if (failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }

            if (!abandoned && !work.IsDone)
            {
                throw new InvalidOperationException("A rule worker stopped before the batch was done.");
            }
        }
    }
}
