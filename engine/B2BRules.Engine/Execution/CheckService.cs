using B2BRules.Engine.Baselines;
using B2BRules.Engine.Configuration;
using B2BRules.Engine.Suppressions;
using B2BRules.Sdk;

namespace B2BRules.Engine.Execution;

/// <summary>
/// One <c>b2brules check</c>: configuration, then plugins, then every batch. A configuration error stops the run before
/// any batch is read (nothing is half-applied); a plugin that cannot load is reported and the others still run.
/// </summary>
public sealed class CheckService(ConfigurationLoader configurationLoader, RuleLoader ruleLoader, BatchRunner batchRunner, TimeProvider clock)
{
    /// <summary>Runs the check. Throws <see cref="UsageException"/> for inputs that cannot be checked.</summary>
    public CheckReport Run(CheckRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sourceRoot = InputResolver.ResolveSourceRoot(request.SourceRoot);
        var files = InputResolver.ResolveInputs(request.Inputs, sourceRoot);
        var baseline = request.BaselinePath is { } baselinePath ? BaselineLog.Read(baselinePath) : null;
        var notifications = new List<ToolNotification>();
        var started = clock.GetUtcNow();
        using var console = ConsoleCapture.Start();
        var report = Run(request, sourceRoot, files, notifications, cancellationToken);
        notifications.AddRange(console.Notifications());
        if (baseline is not null && !report.Stopped)
        {
            var (batches, absent) = baseline.Compare(report.Batches);
            report = report with { Batches = batches, Absent = absent, HasBaseline = true };
        }

        return report with { StartTimeUtc = started, EndTimeUtc = clock.GetUtcNow() };
    }

    private CheckReport Run(CheckRequest request, string sourceRoot, IReadOnlyList<string> files, List<ToolNotification> notifications, CancellationToken cancellationToken)
    {
        EngineConfiguration configuration;
        SuppressionSet suppressions;
        try
        {
            var commandLine = (request.Severities ?? []).Select(RuleSetting.FromCommandLine).ToList();
            configuration = configurationLoader.Load(request.RulesPath, request.InviterRole, commandLine);
            suppressions = SuppressionSet.Load(request.SuppressionsPath);
        }
        catch (ConfigurationException e)
        {
            notifications.Add(new ToolNotification(ToolNotifications.ConfigurationInvalid, e.Message, e.Where, Severity.Error, NotificationKind.Configuration));
            return new CheckReport(RuleCatalog.Create([], []), [], notifications, request.RulesPath ?? ConfigurationLoader.DefaultProfile, sourceRoot);
        }

        var catalog = ruleLoader.Load(configuration, sourceRoot, notifications);
        notifications.AddRange(UnknownRuleIds(configuration, catalog));

        var limits = new RunLimits(request.RuleTimeout ?? BatchRunner.DefaultRuleTimeout, new RunQuarantine());
        var batches = files
            .Select(file => batchRunner.Run(catalog, file, InputResolver.DisplayPath(file, sourceRoot), configuration.ForFile(file), cancellationToken, limits))
            .ToList();
        var (suppressed, suppressionNotes) = suppressions.Apply(batches, configuration.Policy, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        notifications.AddRange(suppressionNotes);
        return new CheckReport(catalog, suppressed, notifications, configuration.Source, sourceRoot) { RunSettings = configuration.ForFile(null) };
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
