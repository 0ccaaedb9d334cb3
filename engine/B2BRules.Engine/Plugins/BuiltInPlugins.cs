using B2BRules.Engine.Execution;

namespace B2BRules.Engine.Plugins;

/// <summary>
/// The built-in plugins (<c>plugins/&lt;Name&gt;/</c> beside the host), loaded once. The CLI starts loading them in the
/// background before it parses the command line, so that creating their load contexts overlaps the parsing of the
/// command line and of the rules files: plugin loading is most of a small batch's start-up (docs/performance.md).
/// </summary>
public sealed class BuiltInPlugins
{
    private readonly Lazy<Task<(IReadOnlyList<RuleComponent> Components, IReadOnlyList<ToolNotification> Notifications)>> _loading;

    /// <param name="directory">The folder to load from; null means <c>plugins/</c> beside the host.</param>
    public BuiltInPlugins(string? directory = null)
    {
        _loading = new(() => Task.Run(() =>
        {
            var host = new PluginHost();
            var notifications = new List<ToolNotification>();
            IReadOnlyList<RuleComponent> components = [.. PluginHost.BuiltInPluginPaths(directory).Select(path => host.Load(path, null, notifications)).OfType<RuleComponent>()];
            return (components, (IReadOnlyList<ToolNotification>)notifications);
        }));
    }

    /// <summary>Starts loading in the background (idempotent).</summary>
    public void StartLoading() => _ = _loading.Value;

    /// <summary>The loaded plugins (waiting for the background load if needed); their load failures go to <paramref name="notifications"/>.</summary>
    public IReadOnlyList<RuleComponent> Get(List<ToolNotification> notifications)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        var (components, failures) = _loading.Value.GetAwaiter().GetResult();
        notifications.AddRange(failures);
        return components;
    }
}
