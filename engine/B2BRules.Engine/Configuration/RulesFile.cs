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
    IReadOnlyList<RuleOverride> Overrides);

/// <summary>What one place says of one rule: a level, options, or both.</summary>
/// <param name="Id">The rule ID.</param>
/// <param name="Level">The level, when the entry sets one.</param>
/// <param name="Options">The options, when the entry has any.</param>
/// <param name="Where">Where the entry was written.</param>
public sealed record RuleSetting(string Id, RuleLevel? Level, IReadOnlyDictionary<string, OptionValue>? Options, Location Where);

/// <summary>Rule settings for the batches whose paths match the globs (relative to the declaring file's folder).</summary>
internal sealed record RuleOverride(IReadOnlyList<string> Files, string BaseDirectory, IReadOnlyList<RuleSetting> Rules, Location Where);
