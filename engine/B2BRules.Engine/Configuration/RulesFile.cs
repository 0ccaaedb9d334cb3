using B2BRules.Engine.Declarative;
using B2BRules.Sdk;

namespace B2BRules.Engine.Configuration;

/// <summary>One rules file (or built-in profile) as written: nothing merged, every value with its place.</summary>
internal sealed record RulesFile(
    string Name,
    string? Directory,
    IReadOnlyList<(string Value, Location Where)> Extends,
    IReadOnlyList<(string Path, Location Where)> Plugins,
    IReadOnlyDictionary<string, OptionValue> Policy,
    IReadOnlyList<RuleSetting> Rules,
    IReadOnlyList<RuleOverride> Overrides,
    IReadOnlyList<DeclarativeRule> Definitions)
{
    /// <summary>The tenant snapshot the file names (<c>tenant:</c>), as written, with where; null when it names none.</summary>
    public (string Path, Location Where)? Tenant { get; init; }

    /// <summary>The file on disk; null for a built-in profile.</summary>
    public string? FullPath => Directory is null ? null : Path.Combine(Directory, Path.GetFileName(Name));
}

/// <summary>What one place says of one rule: a level, options, or both.</summary>
/// <param name="Id">The rule ID.</param>
/// <param name="Level">The level, when the entry sets one.</param>
/// <param name="Options">The options, when the entry has any.</param>
/// <param name="Where">Where the entry was written.</param>
/// <param name="Origin">Which layer it belongs to, for people ("builtin:entra", "rules.yaml", "override of …", "--severity").</param>
public sealed record RuleSetting(string Id, RuleLevel? Level, IReadOnlyDictionary<string, OptionValue>? Options, Location? Where, string Origin)
{
    public const string CommandLineOrigin = "--severity";

    /// <summary>Reads <c>ID=level</c> from <c>--severity</c>.</summary>
    public static RuleSetting FromCommandLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || !RuleLevels.TryParse(text[(eq + 1)..], out var level))
        {
            throw new ConfigurationException($"--severity '{text}' is not ID=level with level one of {RuleLevels.Words}.");
        }

        return new RuleSetting(text[..eq].Trim(), level, null, null, CommandLineOrigin);
    }
}

/// <summary>Rule settings for the batches whose paths match the globs (relative to the declaring file's folder).</summary>
internal sealed record RuleOverride(IReadOnlyList<string> Files, string BaseDirectory, IReadOnlyList<RuleSetting> Rules, Location Where);
