using B2BRules.Sdk;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using static B2BRules.Engine.Configuration.YamlValues;

namespace B2BRules.Engine.Configuration;

/// <summary>Parses one rules.yaml strictly: unknown keys and values of the wrong shape are errors naming file, line and column.</summary>
internal static class RulesFileParser
{
    private static readonly string[] TopLevelKeys = ["extends", "plugins", "policy", "rules", "overrides"];

    public static RulesFile Parse(string name, string? directory, TextReader text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(text);
        }
        catch (YamlException e)
        {
            throw new ConfigurationException($"This is not valid YAML: {Innermost(e).Message}", Where(name, e.Start));
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new RulesFile(name, directory, [], [], new Dictionary<string, OptionValue>(), [], []);
        }

        if (stream.Documents.Count > 1)
        {
            throw new ConfigurationException("A rules file holds one YAML document; remove the second '---'.", Where(name, stream.Documents[1].RootNode));
        }

        var root = Mapping(name, stream.Documents[0].RootNode, "the rules file");
        var extends = new List<(string, Location)>();
        var plugins = new List<(string, Location)>();
        IReadOnlyDictionary<string, OptionValue> policy = new Dictionary<string, OptionValue>();
        IReadOnlyList<RuleSetting> rules = [];
        var overrides = new List<RuleOverride>();
        foreach (var (keyNode, value) in root.Children)
        {
            var key = Scalar(name, keyNode);
            switch (key)
            {
                case "extends": extends.AddRange(ScalarList(name, value)); break;
                case "plugins": plugins.AddRange(ScalarList(name, value)); break;
                case "policy": policy = ToMap(name, Mapping(name, value, "policy")); break;
                case "rules": rules = ParseRules(name, value); break;
                case "overrides": overrides.AddRange(ParseOverrides(name, directory, value)); break;
                default: throw Unknown(name, keyNode, key, "a top-level key", TopLevelKeys);
            }
        }

        return new RulesFile(name, directory, extends, plugins, policy, rules, overrides);
    }

    private static List<RuleSetting> ParseRules(string file, YamlNode node)
    {
        var rules = new List<RuleSetting>();
        foreach (var (idNode, value) in Mapping(file, node, "rules").Children)
        {
            var id = Scalar(file, idNode).Trim();
            rules.Add(value switch
            {
                YamlScalarNode scalar => new RuleSetting(id, ParseLevel(file, scalar), null, Where(file, idNode)),
                YamlMappingNode mapping => ParseRuleMapping(file, id, mapping, Where(file, idNode)),
                _ => throw new ConfigurationException($"Rule '{id}' takes a severity ({RuleLevels.Words}) or a mapping with 'severity' and 'options'.", Where(file, value)),
            });
        }

        return rules;
    }

    private static RuleSetting ParseRuleMapping(string file, string id, YamlMappingNode mapping, Location where)
    {
        RuleLevel? level = null;
        Dictionary<string, OptionValue>? options = null;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = Scalar(file, keyNode);
            switch (key)
            {
                case "severity": level = ParseLevel(file, value); break;
                case "options": options = ToMap(file, Mapping(file, value, "options")); break;
                default: throw Unknown(file, keyNode, key, $"a key of rule '{id}'", ["severity", "options"]);
            }
        }

        return new RuleSetting(id, level, options, where);
    }

    private static IEnumerable<RuleOverride> ParseOverrides(string file, string? directory, YamlNode node)
    {
        if (node is not YamlSequenceNode sequence)
        {
            throw new ConfigurationException("'overrides' is a list of entries, each with 'files' and 'rules'.", Where(file, node));
        }

        foreach (var entry in sequence.Children)
        {
            IReadOnlyList<string> files = [];
            IReadOnlyList<RuleSetting> rules = [];
            foreach (var (keyNode, value) in Mapping(file, entry, "an override").Children)
            {
                var key = Scalar(file, keyNode);
                switch (key)
                {
                    case "files": files = [.. ScalarList(file, value).Select(f => f.Value)]; break;
                    case "rules": rules = ParseRules(file, value); break;
                    default: throw Unknown(file, keyNode, key, "a key of an override", ["files", "rules"]);
                }
            }

            if (files.Count == 0)
            {
                throw new ConfigurationException("An override needs 'files': the globs of the batches it applies to.", Where(file, entry));
            }

            yield return new RuleOverride(files, directory ?? Environment.CurrentDirectory, rules, Where(file, entry));
        }
    }

    private static RuleLevel ParseLevel(string file, YamlNode node)
    {
        var text = Scalar(file, node);
        return RuleLevels.TryParse(text, out var level)
            ? level
            : throw new ConfigurationException($"'{text}' is not a severity; use {RuleLevels.Words}.", Where(file, node));
    }

    private static ConfigurationException Unknown(string file, YamlNode node, string key, string what, IEnumerable<string> known) =>
        new($"'{key}' is not {what}; expected one of: {string.Join(", ", known)}.", Where(file, node));

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;
}
