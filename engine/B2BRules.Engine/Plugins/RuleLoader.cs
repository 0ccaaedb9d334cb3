using B2BRules.Engine.Configuration;
using B2BRules.Engine.Execution;
using B2BRules.Engine.Sarif;

namespace B2BRules.Engine.Plugins;

/// <summary>
/// Puts together every rule a configuration brings: the engine's checks, the built-in plugins, the plugins listed in
/// the rules files, and the rules files' declarative rules. Used by <c>check</c>, <c>rules</c> and <c>test</c> alike.
/// </summary>
public sealed class RuleLoader(PluginHost pluginHost, BuiltInPlugins builtInPlugins)
{
    public RuleCatalog Load(EngineConfiguration configuration, string sourceRoot, List<ToolNotification> notifications)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var components = builtInPlugins.Get(notifications)
            .Concat(configuration.Plugins.Select(plugin => pluginHost.Load(plugin.Path, plugin.Where, notifications)).OfType<RuleComponent>())
            .Concat(configuration.Declarative.Select(file => new RuleComponent(
                DisplayName(file.File, sourceRoot),
                RuleCatalog.EngineComponent.Version,
                ComponentKind.Yaml,
                [.. file.Rules],
                [.. file.Rules.Select(r => r.Descriptor)])))
            .ToList();
        return RuleCatalog.Create(components, notifications);
    }

    /// <summary>A rules file's name in reports: relative to the source root, else its file name (never a machine path).</summary>
    private static string DisplayName(string file, string sourceRoot)
    {
        var shown = Path.IsPathRooted(file) ? SarifUri.DisplayPath(file, sourceRoot) : file;
        return Path.IsPathRooted(shown) ? Path.GetFileName(shown) : shown;
    }
}
