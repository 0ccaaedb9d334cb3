using B2BRules.Engine.Declarative;
using B2BRules.Sdk;
using YamlDotNet.RepresentationModel;
using static B2BRules.Engine.Configuration.YamlValues;

namespace B2BRules.Engine.Configuration;

/// <summary>Parses one rules.yaml strictly: unknown keys and values of the wrong shape are errors naming file, line and column.</summary>
internal static class RulesFileParser
{
    private static readonly string[] TopLevelKeys = ["extends", "plugins", "policy", "tenant", "rules", "overrides"];

    public static RulesFile Parse(string name, string? directory, TextReader text)
    {
        if (YamlGuard.LoadSingleDocument(name, text, "A rules file") is not { } root)
        {
            return new RulesFile(name, directory, [], [], new Dictionary<string, OptionValue>(), [], [], []);
        }

        var extends = new List<(string, Location)>();
        var plugins = new List<(string, Location)>();
        IReadOnlyDictionary<string, OptionValue> policy = new Dictionary<string, OptionValue>();
        var rules = new List<RuleSetting>();
        var definitions = new List<DeclarativeRule>();
        var overrides = new List<RuleOverride>();
        (string, Location)? tenant = null;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = Scalar(name, keyNode);
            switch (key)
            {
                case "extends": extends.AddRange(ScalarList(name, value)); break;
                case "plugins": plugins.AddRange(ScalarList(name, value)); break;
                case "policy": policy = ToMap(name, Mapping(name, value, "policy")); break;
                case "tenant": tenant = (Scalar(name, value), Where(name, value)); break;
                case "rules": ParseRules(name, value, name, rules, definitions); break;
                case "overrides": overrides.AddRange(ParseOverrides(name, directory, value)); break;
                default: throw Unknown(name, keyNode, key, "a top-level key", TopLevelKeys);
            }
        }

        return new RulesFile(name, directory, extends, plugins, policy, rules, overrides, definitions) { Tenant = tenant };
    }

    /// <summary>Reads a <c>rules:</c> mapping: severity settings, and (where allowed) declarative rule definitions.</summary>
    private static void ParseRules(string file, YamlNode node, string origin, List<RuleSetting> settings, List<DeclarativeRule>? definitions)
    {
        foreach (var (idNode, value) in Mapping(file, node, "rules").Children)
        {
            var id = Scalar(file, idNode).Trim();
            var where = Where(file, idNode);
            if (value is YamlMappingNode definition && DeclarativeRuleParser.IsDefinition(definition))
            {
                if (definitions is null)
                {
                    throw new ConfigurationException($"Rule '{id}' is defined inside an override; define rules under the top-level 'rules' and change only their severity here.", where);
                }

                definitions.Add(DeclarativeRuleParser.Parse(file, id, definition, where));
                continue;
            }

            settings.Add(value switch
            {
                YamlScalarNode scalar => new RuleSetting(id, ParseLevel(file, scalar), null, where, origin),
                YamlMappingNode mapping => ParseRuleMapping(file, id, mapping, where, origin),
                _ => throw new ConfigurationException($"Rule '{id}' takes a severity ({RuleLevels.Words}) or a mapping with 'severity' and 'options'.", Where(file, value)),
            });
        }
    }

    private static RuleSetting ParseRuleMapping(string file, string id, YamlMappingNode mapping, Location where, string origin)
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
                default: throw Unknown(file, keyNode, key, $"a key of rule '{id}'", ["severity", "options", .. DeclarativeRuleParser.DefinitionKeys]);
            }
        }

        return new RuleSetting(id, level, options, where, origin);
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
            var rules = new List<RuleSetting>();
            (string Key, YamlNode Node)? rulesNode = null;
            foreach (var (keyNode, value) in Mapping(file, entry, "an override").Children)
            {
                var key = Scalar(file, keyNode);
                switch (key)
                {
                    case "files": files = [.. ScalarList(file, value).Select(f => f.Value)]; break;
                    case "rules": rulesNode = (key, value); break;
                    default: throw Unknown(file, keyNode, key, "a key of an override", ["files", "rules"]);
                }
            }

            if (files.Count == 0)
            {
                throw new ConfigurationException("An override needs 'files': the globs of the batches it applies to.", Where(file, entry));
            }

            var where = Where(file, entry);
            if (rulesNode is { } r)
            {
                ParseRules(file, r.Node, $"override at {file}({where.StartLine},{where.StartColumn}) for {string.Join(", ", files)}", rules, null);
            }

            yield return new RuleOverride(files, directory ?? Environment.CurrentDirectory, rules, where);
        }
    }

    private static RuleLevel ParseLevel(string file, YamlNode node)
    {
        var text = Scalar(file, node);
        return RuleLevels.TryParse(text, out var level)
            ? level
            : throw new ConfigurationException($"'{text}' is not a severity; use {RuleLevels.Words}.", Where(file, node));
    }

    private static ConfigurationException Unknown(string file, YamlNode node, string key, string what, IReadOnlyCollection<string> known) =>
        new($"'{key}' is not {what}{Suggest.Nearest(key, known)}; expected one of: {string.Join(", ", known)}.", Where(file, node));

}
