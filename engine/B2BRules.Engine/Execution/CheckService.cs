using B2BRules.Engine.Configuration;
using B2BRules.Engine.Plugins;
using B2BRules.Sdk;

namespace B2BRules.Engine.Execution;

/// <summary>
/// One <c>b2brules check</c>: configuration, then plugins, then every batch. A configuration error stops the run before
/// any batch is read (nothing is half-applied); a plugin that cannot load is reported and the others still run.
/// </summary>
public sealed class CheckService(ConfigurationLoader configurationLoader, PluginHost pluginHost, BatchRunner batchRunner)
{
    /// <summary>The folder the built-in plugins are loaded from; null means <c>plugins/</c> beside the host.</summary>
    public string? BuiltInPluginDirectory { get; init; }

    /// <summary>Runs the check. Throws <see cref="UsageException"/> for inputs that cannot be checked.</summary>
    public CheckReport Run(CheckRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sourceRoot = InputResolver.ResolveSourceRoot(request.SourceRoot);
        var files = InputResolver.ResolveInputs(request.Inputs, sourceRoot);
        var notifications = new List<ToolNotification>();
        using var console = ConsoleCapture.Start();
        var report = Run(request, sourceRoot, files, notifications, cancellationToken);
        notifications.AddRange(console.Notifications());
        return report;
    }

    private CheckReport Run(CheckRequest request, string sourceRoot, IReadOnlyList<string> files, List<ToolNotification> notifications, CancellationToken cancellationToken)
    {
        EngineConfiguration configuration;
        try
        {
            configuration = configurationLoader.Load(request.RulesPath, request.InviterRole);
        }
        catch (ConfigurationException e)
        {
            notifications.Add(new ToolNotification(ToolNotifications.ConfigurationInvalid, e.Message, e.Where, Severity.Error, NotificationKind.Configuration));
            return new CheckReport(RuleCatalog.Create([], []), [], notifications, request.RulesPath ?? ConfigurationLoader.DefaultProfile, sourceRoot);
        }

        var components = PluginHost.BuiltInPluginPaths(BuiltInPluginDirectory)
            .Select(path => pluginHost.Load(path, null, notifications))
            .Concat(configuration.Plugins.Select(plugin => pluginHost.Load(plugin.Path, plugin.Where, notifications)))
            .OfType<RuleComponent>()
            .ToList();
        var catalog = RuleCatalog.Create(components, notifications);
        notifications.AddRange(UnknownRuleIds(configuration, catalog));

        var batches = files
            .Select(file => batchRunner.Run(catalog, file, InputResolver.DisplayPath(file, sourceRoot), configuration.ForFile(file), cancellationToken))
            .ToList();
        return new CheckReport(catalog, batches, notifications, configuration.Source, sourceRoot);
    }

    private static IEnumerable<ToolNotification> UnknownRuleIds(EngineConfiguration configuration, RuleCatalog catalog)
    {
        var known = catalog.DescriptorsById.Keys.ToList();
        return configuration.AllSettings
            .Where(s => !catalog.DescriptorsById.ContainsKey(s.Id))
            .DistinctBy(s => s.Id, StringComparer.OrdinalIgnoreCase)
            .Select(s => new ToolNotification(ToolNotifications.ConfigurationInvalid,
                $"Rule '{s.Id}' in the rules file matches no loaded rule{Suggestion(s.Id, known)}; the setting has no effect.",
                s.Where, Severity.Warning, NotificationKind.Configuration, s.Id));
    }

    /// <summary>" (did you mean X or Y?)" naming every known ID within two edits, nearest first.</summary>
    private static string Suggestion(string id, IReadOnlyList<string> known)
    {
        var scored = known.Select(k => (Id: k, Distance: Distance(id.ToUpperInvariant(), k.ToUpperInvariant()))).Where(k => k.Distance <= 2).ToList();
        if (scored.Count == 0)
        {
            return string.Empty;
        }

        var best = scored.Min(k => k.Distance);
        var names = scored.Where(k => k.Distance == best).Select(k => k.Id).Order(StringComparer.Ordinal).ToList();
        return $" (did you mean {string.Join(" or ", names)}?)";
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
