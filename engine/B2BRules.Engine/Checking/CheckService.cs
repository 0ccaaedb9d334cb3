using B2BRules.Engine.Baselines;
using B2BRules.Engine.Configuration;
using B2BRules.Engine.Execution;
using B2BRules.Engine.Input;
using B2BRules.Engine.Plugins;
using B2BRules.Engine.Suppressions;
using B2BRules.Sdk;

namespace B2BRules.Engine.Checking;

/// <summary>
/// One <c>b2brules check</c>: configuration, then plugins, then every batch. A configuration error stops the run before
/// any batch is read (nothing is half-applied); a plugin that cannot load is reported and the others still run.
/// </summary>
public sealed class CheckService(ConfigurationLoader configurationLoader, RuleLoader ruleLoader, BatchRunner batchRunner, TimeProvider clock)
{
    /// <summary>
    /// Runs the check, counting files and rows in <paramref name="progress"/> as they are checked when one is given.
    /// Throws <see cref="UsageException"/> for inputs that cannot be checked.
    /// </summary>
    public CheckReport Run(CheckRequest request, CheckProgress? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sourceRoot = InputResolver.ResolveSourceRoot(request.SourceRoot);
        var files = InputResolver.ResolveInputs(request.Inputs, sourceRoot);
        var baseline = request.BaselinePath is { } baselinePath ? BaselineLog.Read(baselinePath) : null;
        var notifications = new List<ToolNotification>();
        var started = clock.GetUtcNow();
        using var console = ConsoleCapture.Start();
        progress?.Start(files.Count);
        var report = Run(request, sourceRoot, files, notifications, progress, cancellationToken);
        notifications.AddRange(console.Notifications());
        if (baseline is not null && !report.Stopped)
        {
            var (batches, absent) = baseline.Compare(report.Batches);
            report = report with { Batches = batches, Absent = absent, HasBaseline = true };
        }

        return report with { StartTimeUtc = started, EndTimeUtc = clock.GetUtcNow() };
    }

    private CheckReport Run(
        CheckRequest request, string sourceRoot, IReadOnlyList<string> files, List<ToolNotification> notifications, CheckProgress? progress, CancellationToken cancellationToken)
    {
        EngineConfiguration configuration;
        SuppressionSet suppressions;
        try
        {
            var commandLine = (request.Severities ?? []).Select(RuleSetting.FromCommandLine).ToList();
            configuration = configurationLoader.Load(request.RulesPath, new RunSettings(request.InviterRole, request.InviterType, commandLine, request.TenantPath, request.Route));
            suppressions = SuppressionSet.Load(request.SuppressionsPath);
        }
        catch (ConfigurationException e)
        {
            notifications.Add(new ToolNotification(ToolNotifications.ConfigurationInvalid, e.Message, e.Where, Severity.Error, NotificationKind.Configuration));
            return new CheckReport(RuleCatalog.Create([], []), [], notifications, request.RulesPath ?? ConfigurationLoader.DefaultProfile, sourceRoot);
        }

        var catalog = ruleLoader.Load(configuration, sourceRoot, notifications);
        notifications.AddRange(UnknownRuleIds(configuration, catalog));

        var limits = new RunContext(request.RuleTimeout ?? BatchRunner.DefaultRuleTimeout, new RunQuarantine()) { Progress = progress };
        // Batches are independent (rule state lives in batch-start closures: docs/writing-a-rule.md), so they are checked in parallel;
        // each result goes to its file's slot, which keeps every report in input order.
        var batches = new BatchResult[files.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = request.MaxParallelism ?? Environment.ProcessorCount, CancellationToken = cancellationToken };
        try
        {
            Parallel.For(0, files.Count, parallel, i =>
            {
                batches[i] = batchRunner.Run(catalog, files[i], InputResolver.DisplayPath(files[i], sourceRoot), configuration.ForFile(files[i]), limits, cancellationToken);
                progress?.FileDone();
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // As if the batches had been checked one by one: the first failure, as it was thrown.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        QuarantineInInputOrder(batches);
        var (suppressed, suppressionNotes) = suppressions.Apply(batches, configuration.Policy, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        notifications.AddRange(suppressionNotes);
        return new CheckReport(catalog, suppressed, notifications, configuration.Source, sourceRoot) { RunSettings = configuration.ForFile(null) };
    }

    /// <summary>
    /// A rule that timed out sits out every later batch. Batches checked at the same time may still have run it, so
    /// what it did in batches after the first it timed out in (in input order) is removed: the report is the one a
    /// one-by-one run gives, whatever the parallelism.
    /// </summary>
    private static void QuarantineInInputOrder(BatchResult[] batches)
    {
        var quarantined = new List<RegisteredRule>();
        for (var i = 0; i < batches.Length; i++)
        {
            if (quarantined.Count > 0)
            {
                bool Quarantined(string? id) => id is not null && quarantined.Any(r => r.SupportedIds.Contains(id));
                var batch = batches[i];
                batches[i] = batch with
                {
                    Findings = [.. batch.Findings.Where(f => !Quarantined(f.Diagnostic.Id))],
                    Notifications = [.. batch.Notifications.Where(n => !Quarantined(n.RuleId))],
                    TimedOut = [.. batch.TimedOut.Except(quarantined)],
                };
            }

            quarantined.AddRange(batches[i].TimedOut);
        }
    }

    private static IEnumerable<ToolNotification> UnknownRuleIds(EngineConfiguration configuration, RuleCatalog catalog)
    {
        var known = catalog.DescriptorsById.Keys.ToList();
        return configuration.AllSettings
            .Where(s => !catalog.DescriptorsById.ContainsKey(s.Id))
            .DistinctBy(s => s.Id, StringComparer.OrdinalIgnoreCase)
            .Select(s => new ToolNotification(ToolNotifications.ConfigurationInvalid,
                $"Rule '{s.Id}' in the rules file matches no loaded rule{Suggest.Nearest(s.Id, known)}; the setting has no effect.",
                s.Where, Severity.Warning, NotificationKind.Configuration, s.Id));
    }
}
