using B2BRules.Engine.Declarative;
using B2BRules.Engine.Tenants;
using B2BRules.Sdk;
using Microsoft.Extensions.FileSystemGlobbing;

namespace B2BRules.Engine.Configuration;

/// <summary>
/// The merged configuration of a run, in the documented precedence: descriptor defaults, then each <c>extends</c>
/// entry and file in order, then the file's own <c>rules</c>, then <c>overrides</c> whose globs match the batch.
/// </summary>
public sealed class EngineConfiguration
{
    private readonly IReadOnlyList<RuleSetting> _settings;
    private readonly IReadOnlyList<RuleOverride> _overrides;

    internal EngineConfiguration(
        string source,
        IReadOnlyList<RuleSetting> settings,
        IReadOnlyList<RuleOverride> overrides,
        IReadOnlyDictionary<string, OptionValue> policy,
        IReadOnlyList<(string Path, Location Where)> plugins,
        RunSettings run,
        ServiceProfile profile,
        LoadedSnapshot? tenant)
    {
        Source = source;
        _settings = settings;
        _overrides = overrides;
        Plugins = plugins;
        Tenant = tenant;
        Policy = PolicyReader.Read(policy, run, profile, tenant);
    }

    /// <summary>The rules file in force, or the built-in profile's name.</summary>
    public string Source { get; }

    /// <summary>Third-party plugin assemblies, as full paths, with where each was listed.</summary>
    public IReadOnlyList<(string Path, Location Where)> Plugins { get; }

    /// <summary>The policy (overrides do not change it).</summary>
    public Policy Policy { get; }

    /// <summary>The tenant snapshot in force (<c>--tenant</c> or <c>tenant:</c>), or null.</summary>
    public LoadedSnapshot? Tenant { get; }

    /// <summary>Settings from the command line (<c>--severity</c>), applied last.</summary>
    public IReadOnlyList<RuleSetting> CommandLine { get; init; } = [];

    /// <summary>Declarative rules, grouped by the rules file that defines them (full path), in load order.</summary>
    internal IReadOnlyList<(string File, IReadOnlyList<DeclarativeRule> Rules)> Declarative { get; init; } = [];

    /// <summary>Every rule ID the configuration mentions, with where, for the "matches no rule" check.</summary>
    public IEnumerable<RuleSetting> AllSettings => _settings.Concat(_overrides.SelectMany(o => o.Rules)).Concat(CommandLine);

    /// <summary>The settings in force for one batch file; for no file, every setting but the overrides.</summary>
    public FileSettings ForFile(string? fullPath)
    {
        var applicable = new List<RuleSetting>(_settings);
        foreach (var entry in fullPath is null ? [] : _overrides)
        {
            var relative = Path.GetRelativePath(entry.BaseDirectory, fullPath!).Replace('\\', '/');
            var matcher = new Matcher(StringComparison.Ordinal);
            matcher.AddIncludePatterns(entry.Files.Select(glob => glob.StartsWith("./", StringComparison.Ordinal) ? glob[2..] : glob));
            if (matcher.Match(relative).HasMatches)
            {
                applicable.AddRange(entry.Rules);
            }
        }

        applicable.AddRange(CommandLine);
        return new FileSettings(applicable, Policy);
    }
}

/// <summary>The levels and options in force for one batch: the last setting of each rule wins.</summary>
public sealed class FileSettings
{
    private readonly Dictionary<string, RuleLevel> _levels = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Dictionary<string, OptionValue>> _options = new(StringComparer.OrdinalIgnoreCase);
    private readonly IReadOnlyList<RuleSetting> _settings;

    internal FileSettings(IReadOnlyList<RuleSetting> settings, Policy policy)
    {
        Policy = policy;
        _settings = settings;
        foreach (var setting in settings)
        {
            if (setting.Level is { } level)
            {
                _levels[setting.Id] = level;
            }

            if (setting.Options is { } options)
            {
                if (!_options.TryGetValue(setting.Id, out var merged))
                {
                    _options[setting.Id] = merged = new Dictionary<string, OptionValue>(StringComparer.OrdinalIgnoreCase);
                }

                foreach (var (key, value) in options)
                {
                    merged[key] = value;
                }
            }
        }
    }

    public Policy Policy { get; }

    /// <summary>Every setting of one rule in force for this file, in the order applied (the last level wins).</summary>
    public IEnumerable<RuleSetting> Chain(string id) => _settings.Where(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The configured level of a rule, or null when only its descriptor's default applies.</summary>
    public RuleLevel? ConfiguredLevel(string id) => _levels.TryGetValue(id, out var level) ? level : null;

    /// <summary>The level in force: configured, else the descriptor's default (off when not enabled by default).</summary>
    public RuleLevel LevelOf(RuleDescriptor descriptor) =>
        ConfiguredLevel(descriptor.Id) ?? (descriptor.IsEnabledByDefault ? RuleLevels.From(descriptor.DefaultSeverity) : RuleLevel.Off);

    /// <summary>The options of a rule covering several IDs, merged in the order given.</summary>
    public RuleOptions OptionsFor(IEnumerable<RuleDescriptor> descriptors)
    {
        var merged = new Dictionary<string, OptionValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var descriptor in descriptors)
        {
            if (_options.TryGetValue(descriptor.Id, out var options))
            {
                foreach (var (key, value) in options)
                {
                    merged[key] = value;
                }
            }
        }

        return merged.Count == 0 ? RuleOptions.Empty : new RuleOptions(merged);
    }
}
