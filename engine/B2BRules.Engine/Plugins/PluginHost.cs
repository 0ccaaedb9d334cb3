using System.Collections.Immutable;
using System.Reflection;
using B2BRules.Engine.Execution;
using B2BRules.Sdk;
using B2BRules.Sdk.Adapters;
using B2BRules.Sdk.Fixes;

namespace B2BRules.Engine.Plugins;

/// <summary>
/// Loads rule plugins, each into its own load context with McMaster.NETCore.Plugins (<see cref="PluginLoadContext"/>),
/// sharing only the SDK's types: a plugin runs with its own versions of its other dependencies, older or newer than the
/// host's.
/// A plugin that cannot load becomes a B2B9002 notification; it never takes the host down.
/// </summary>
public sealed class PluginHost
{
    private static readonly Assembly[] SharedAssemblies = [typeof(InvitationRule).Assembly];

    /// <summary>The built-in plugins: <c>plugins/&lt;Name&gt;/&lt;Name&gt;.dll</c> beside the host, in name order.</summary>
    public static IEnumerable<string> BuiltInPluginPaths(string? directory = null)
    {
        var root = directory ?? Path.Combine(AppContext.BaseDirectory, "plugins");
        if (!Directory.Exists(root))
        {
            return [];
        }

        return Directory.EnumerateDirectories(root)
            .Select(dir => Path.Combine(dir, Path.GetFileName(dir) + ".dll"))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal);
    }

    /// <summary>Loads one plugin; returns null and adds a notification when it cannot.</summary>
    public RuleComponent? Load(string assemblyPath, Location? listedAt, List<ToolNotification> notifications)
    {
        var name = Path.GetFileNameWithoutExtension(assemblyPath);
        if (SdkReference.Incompatibility(assemblyPath) is { } why)
        {
            notifications.Add(Failed(name, why, listedAt));
            return null;
        }

        try
        {
            using var attribution = ConsoleCapture.Attribute($"Plugin {name}");
            // Only the SDK's assembly (and the framework) comes from the host; every other dependency is the plugin's
            // own copy from its folder, whatever version the host has of it. Preferring the host's assemblies would hand a
            // plugin the host's YamlDotNet or CsvHelper instead of the one it was built and tested against.
            var assembly = PluginLoadContext.LoadMainAssembly(assemblyPath, SharedAssemblies);
            var exported = assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();
            var ruleTypes = exported.Where(t => t.GetCustomAttribute<InvitationRuleAttribute>() is not null).ToList();
            var adapterTypes = exported.Where(t => t.GetCustomAttribute<InvitationAdapterAttribute>() is not null).ToList();
            var fixTypes = exported.Where(t => t.GetCustomAttribute<InvitationFixProviderAttribute>() is not null).ToList();
            if (ruleTypes.Count == 0 && adapterTypes.Count == 0)
            {
                notifications.Add(Failed(name, "it has no public type marked [InvitationRule] or [InvitationAdapter]", listedAt));
                return null;
            }

            var rules = Create<InvitationRule>(ruleTypes, "InvitationRule", name, listedAt, notifications);
            var adapters = adapterTypes
                .Where(t => typeof(InvitationAdapter).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
                .Select(t => (InvitationAdapter)Activator.CreateInstance(t)!)
                .ToImmutableArray();
            var fixProviders = Create<InvitationFixProvider>(fixTypes, "InvitationFixProvider", name, listedAt, notifications);

            var version = assembly.GetName().Version?.ToString(3) ?? "0.0.0";
            return new RuleComponent(assembly.GetName().Name ?? name, version, ComponentKind.Plugin, rules, [.. rules.SelectMany(r => r.SupportedRules)])
            {
                Adapters = adapters,
                FixProviders = fixProviders,
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            notifications.Add(Failed(name, $"{cause.GetType().Name}: {cause.Message}", listedAt));
            return null;
        }
    }

    /// <summary>
    /// An instance of each type marked [<paramref name="attribute"/>]; a type that is not a concrete
    /// <typeparamref name="T"/> with a public parameterless constructor becomes a B2B9002 notification instead.
    /// </summary>
    private static ImmutableArray<T> Create<T>(IEnumerable<Type> marked, string attribute, string name, Location? listedAt, List<ToolNotification> notifications)
    {
        var instances = ImmutableArray.CreateBuilder<T>();
        foreach (var type in marked)
        {
            if (!typeof(T).IsAssignableFrom(type) || type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
            {
                notifications.Add(Failed(name, $"{type.FullName} is marked [{attribute}] but is not a concrete {typeof(T).Name} with a public parameterless constructor", listedAt));
                continue;
            }

            instances.Add((T)Activator.CreateInstance(type)!);
        }

        return instances.ToImmutable();
    }

    private static ToolNotification Failed(string name, string why, Location? listedAt) =>
        new(ToolNotifications.PluginLoadFailed, $"Plugin '{name}' was not loaded: {why}.", listedAt, Severity.Error, NotificationKind.Configuration);
}
