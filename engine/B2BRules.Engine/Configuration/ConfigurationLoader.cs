using System.Reflection;
using B2BRules.Engine.Declarative;
using B2BRules.Sdk;

namespace B2BRules.Engine.Configuration;

/// <summary>
/// Loads rules.yaml and everything it extends into one <see cref="EngineConfiguration"/>. Any error throws
/// <see cref="ConfigurationException"/> before anything is applied.
/// </summary>
public sealed class ConfigurationLoader
{
    public const string DefaultProfile = "builtin:preview-2016";
    public const string DefaultFileName = "rules.yaml";
    private const string BuiltInPrefix = "builtin:";

    /// <summary>Loads a rules file; without one, <c>rules.yaml</c> in the current directory, else the default profile.</summary>
    /// <param name="rulesPath">The rules file, or null.</param>
    /// <param name="run">What the command line adds: inviter, --severity settings, --tenant, the route.</param>
    public EngineConfiguration Load(string? rulesPath, RunSettings? run = null)
    {
        run ??= RunSettings.None;
        var path = rulesPath ?? (File.Exists(DefaultFileName) ? DefaultFileName : null);
        var layers = new List<RulesFile>();
        if (path is null)
        {
            Collect(ReadProfile(DefaultProfile, null), layers, []);
            return Merge(DefaultProfile, layers, run);
        }

        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new ConfigurationException($"The rules file '{path}' does not exist.");
        }

        Collect(ReadFile(fullPath, path), layers, [fullPath]);
        return Merge(path, layers, run);
    }

    /// <summary>Puts a file's extended layers (depth first, in order) before the file itself.</summary>
    private static void Collect(RulesFile file, List<RulesFile> layers, HashSet<string> chain)
    {
        foreach (var (target, where) in file.Extends)
        {
            if (target.StartsWith(BuiltInPrefix, StringComparison.OrdinalIgnoreCase))
            {
                Collect(ReadProfile(target, where), layers, chain);
                continue;
            }

            var fullPath = Path.GetFullPath(Path.Combine(file.Directory ?? Environment.CurrentDirectory, target));
            if (!File.Exists(fullPath))
            {
                throw new ConfigurationException($"'extends' names '{target}', which does not exist (looked for {Path.GetFileName(fullPath)} beside {where.FilePath}).", where);
            }

            if (!chain.Add(fullPath))
            {
                throw new ConfigurationException($"'extends' makes a cycle through '{target}'.", where);
            }

            // Shown as the user wrote the file that extends it: a full path stays full, a relative one stays relative.
            var shown = Path.IsPathRooted(file.Name) ? fullPath : Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
            Collect(ReadFile(fullPath, shown), layers, chain);
            chain.Remove(fullPath);
        }

        layers.Add(file);
    }

    private static RulesFile ReadFile(string fullPath, string displayPath)
    {
        using var reader = File.OpenText(fullPath);
        return RulesFileParser.Parse(displayPath, Path.GetDirectoryName(fullPath), reader);
    }

    private static RulesFile ReadProfile(string name, Location? where)
    {
        var resource = "profiles/" + name[BuiltInPrefix.Length..].ToLowerInvariant() + ".yaml";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new ConfigurationException($"'{name}' is not a built-in profile; use builtin:preview-2016 or builtin:entra.", where);
        using var reader = new StreamReader(stream);
        return RulesFileParser.Parse(name, null, reader);
    }

    private static EngineConfiguration Merge(string source, List<RulesFile> layers, RunSettings run)
    {
        var defined = new Dictionary<string, DeclarativeRule>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in layers.SelectMany(l => l.Definitions))
        {
            if (defined.TryGetValue(rule.Descriptor.Id, out var first))
            {
                throw new ConfigurationException(
                    $"Rule '{rule.Descriptor.Id}' is already defined at {first.DefinedAt.FilePath}({first.DefinedAt.StartLine},{first.DefinedAt.StartColumn}); give the new rule another ID, or change only its severity here.",
                    rule.DefinedAt);
            }

            defined.Add(rule.Descriptor.Id, rule);
        }

        var policy = new Dictionary<string, OptionValue>(StringComparer.OrdinalIgnoreCase);
        var plugins = new List<(string, Location)>();
        foreach (var layer in layers)
        {
            MergeInto(policy, layer.Policy);
            foreach (var (pluginPath, where) in layer.Plugins)
            {
                var fullPath = Path.GetFullPath(Path.Combine(layer.Directory ?? Environment.CurrentDirectory, pluginPath));
                if (!File.Exists(fullPath))
                {
                    throw new ConfigurationException($"The plugin '{pluginPath}' does not exist (paths are relative to the rules file).", where);
                }

                plugins.Add((fullPath, where));
            }
        }

        return new EngineConfiguration(
            source,
            [.. layers.SelectMany(l => l.Rules)],
            [.. layers.SelectMany(l => l.Overrides)],
            policy,
            plugins,
            run,
            ProfileInForce(layers),
            TenantSnapshots.Load(layers, run.TenantPath))
        {
            CommandLine = run.Severities ?? [],
            Declarative = [.. layers.Where(l => l.Definitions.Count > 0).Select(l => (l.FullPath ?? l.Name, l.Definitions))],
        };
    }

    /// <summary>
    /// The last built-in profile applied, directly or through an extended file; a file that names none starts from the
    /// descriptors' defaults, which are the 2016 preview's.
    /// </summary>
    private static ServiceProfile ProfileInForce(List<RulesFile> layers)
    {
        var last = layers.LastOrDefault(l => l.Directory is null && l.Name.StartsWith(BuiltInPrefix, StringComparison.OrdinalIgnoreCase));
        return last is not null && string.Equals(last.Name[BuiltInPrefix.Length..], "entra", StringComparison.OrdinalIgnoreCase)
            ? ServiceProfile.Entra
            : ServiceProfile.Preview2016;
    }

    /// <summary>Mappings merge key by key; scalars and lists replace (a user's uploadRoles replaces the profile's).</summary>
    private static void MergeInto(Dictionary<string, OptionValue> target, IReadOnlyDictionary<string, OptionValue> source)
    {
        foreach (var (key, value) in source)
        {
            if (value.Value is IReadOnlyDictionary<string, OptionValue> map
                && target.TryGetValue(key, out var existing)
                && existing.Value is IReadOnlyDictionary<string, OptionValue> existingMap)
            {
                var merged = new Dictionary<string, OptionValue>(existingMap, StringComparer.OrdinalIgnoreCase);
                MergeInto(merged, map);
                target[key] = value with { Value = merged };
            }
            else
            {
                target[key] = value;
            }
        }
    }
}
