using B2BRules.Engine.Configuration;
using B2BRules.Engine.Findings;
using B2BRules.Engine.Input;
using B2BRules.Engine.Plugins;
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
    public BatchResult Run(RuleCatalog catalog, string fullPath, string filePath, FileSettings settings, CancellationToken cancellationToken) =>
        Run(catalog, fullPath, filePath, settings, limits: null, cancellationToken);

    /// <summary>Checks one batch file within a run's limits (its rule budget, quarantine and progress).</summary>
    internal BatchResult Run(
        RuleCatalog catalog, string fullPath, string filePath, FileSettings settings, RunContext? limits, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        // A file that can be read twice (not a pipe) is digested beside the walk, on the other core.
        var digest = stream.CanSeek ? BatchFileDigest.ReadInBackground(fullPath, cancellationToken) : null;
        return Check(catalog, stream, filePath, fullPath, settings, () => digest?.GetAwaiter().GetResult(), limits, cancellationToken);
    }

    /// <summary>
    /// Checks one batch read from a stream (for tests and tools that hold the text in memory); the caller owns the
    /// stream. A seekable stream is read again, after the walk, for GitHub's line hashes and the file's SHA-256.
    /// </summary>
    public BatchResult Run(RuleCatalog catalog, Stream stream, string fullPath, string filePath, FileSettings settings, CancellationToken cancellationToken) =>
        Run(catalog, stream, fullPath, filePath, settings, limits: null, cancellationToken);

    /// <summary>Checks one batch read from a stream within a run's limits.</summary>
    internal BatchResult Run(
        RuleCatalog catalog, Stream stream, string fullPath, string filePath, FileSettings settings, RunContext? limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Check(catalog, stream, filePath, fullPath, settings, () =>
        {
            if (!stream.CanSeek)
            {
                return null;
            }

            stream.Position = 0;
            return BatchFileDigest.Read(stream, cancellationToken);
        }, limits, cancellationToken);
    }

    /// <param name="digest">The batch's digest, asked for once the rules are done (null when it cannot be read again).</param>
    private static BatchResult Check(
        RuleCatalog catalog, Stream stream, string filePath, string fullPath, FileSettings settings, Func<BatchFileDigest?> digest, RunContext? limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(settings);
        var run = new BatchRun(settings, catalog.Fixes);
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

        var ordered = run.Findings;
        ReportOrder.Sort(ordered);
        Fingerprints.Assign(ordered);
        var digested = digest();
        if (digested is not null)
        {
            for (var i = 0; i < ordered.Count; i++)
            {
                ordered.SetLineHash(i, digested.LineHashes.ValueOf(ordered.StartLineAt(i)));
            }
        }

        return new BatchResult(filePath, fullPath, batch?.Format ?? BatchFormat.Unknown, rowCount, new BatchFindings(ordered), run.Notifications)
        {
            TimedOut = run.TimedOut,
            Content = digested is null ? null : (digested.Length, digested.Sha256),
        };
    }

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
