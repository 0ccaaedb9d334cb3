using System.Globalization;
using System.Text.RegularExpressions;
using B2BRules.Engine.Configuration;
using B2BRules.Sdk;
using YamlDotNet.RepresentationModel;
using static B2BRules.Engine.Configuration.YamlValues;

namespace B2BRules.Engine.Declarative;

/// <summary>Reads one declarative rule from its mapping under <c>rules:</c> in a rules file.</summary>
internal static partial class DeclarativeRuleParser
{
    /// <summary>Keys that make a rules entry a definition rather than a severity setting.</summary>
    public static readonly string[] DefinitionKeys = ["title", "message", "field", "when", "then", "description", "helpUri", "tags"];

    public static readonly string[] AllKeys = ["title", "message", "severity", "field", "when", "then", "description", "helpUri", "tags"];

    /// <summary>How long one regular-expression match may run before the rule is quarantined (B2B9008).</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.-]{0,63}$")]
    private static partial Regex IdShape();

    [GeneratedRegex("^B2B([0-9]{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex B2BId();

    public static bool IsDefinition(YamlMappingNode mapping) =>
        mapping.Children.Keys.OfType<YamlScalarNode>().Any(k => DefinitionKeys.Contains(k.Value, StringComparer.Ordinal));

    public static DeclarativeRule Parse(string file, string id, YamlMappingNode mapping, Location where)
    {
        CheckId(id, where);
        var values = new Dictionary<string, (YamlNode Key, YamlNode Value)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = Scalar(file, keyNode);
            if (!AllKeys.Contains(key, StringComparer.Ordinal))
            {
                throw new ConfigurationException(
                    $"'{key}' is not a key of declarative rule '{id}'{Suggest.Nearest(key, AllKeys)}; expected: {string.Join(", ", AllKeys)}.", Where(file, keyNode));
            }

            values[key] = (keyNode, value);
        }

        string Required(string key)
        {
            if (!values.TryGetValue(key, out var v))
            {
                throw new ConfigurationException($"Declarative rule '{id}' needs '{key}'.", where);
            }

            // An empty title or message would make an unusable descriptor (found by fuzzing).
            var text = Scalar(file, v.Value);
            return !string.IsNullOrWhiteSpace(text) ? text : throw new ConfigurationException($"'{key}' of declarative rule '{id}' is empty.", Where(file, v.Value));
        }
        string? Optional(string key) => values.TryGetValue(key, out var v) ? Scalar(file, v.Value) : null;

        var severityText = Required("severity");
        if (!RuleLevels.TryParse(severityText, out var level))
        {
            throw new ConfigurationException($"'{severityText}' is not a severity; use {RuleLevels.Words}.", Where(file, values["severity"].Value));
        }

        var field = Optional("field")?.Trim() ?? ColumnKeys.Email;
        var conditions = new ConditionParser(file, RegexTimeout);
        var then = values.TryGetValue("then", out var thenNode)
            ? conditions.Parse(thenNode.Value, field, "then")
            : throw new ConfigurationException($"Declarative rule '{id}' needs 'then': what the cell must satisfy.", where);
        var when = values.TryGetValue("when", out var whenNode) ? conditions.Parse(whenNode.Value, field, "when") : null;
        var message = MessageTemplate.Parse(Required("message"), values.TryGetValue("message", out var m) ? Where(file, m.Value) : where);
        var tags = values.TryGetValue("tags", out var t) ? ScalarList(file, t.Value).Select(x => x.Value).ToArray() : ["policy"];
        var descriptor = new RuleDescriptor(
            id,
            Required("title"),
            message.CompositeFormat,
            "Policy",
            RuleLevels.ToSeverity(level == RuleLevel.Off ? RuleLevel.Warning : level),
            isEnabledByDefault: level != RuleLevel.Off,
            description: Optional("description"),
            helpUri: Optional("helpUri"),
            tags);
        return new DeclarativeRule(descriptor, field, when, then, message, where);
    }

    private static void CheckId(string id, Location where)
    {
        if (!IdShape().IsMatch(id))
        {
            throw new ConfigurationException($"'{id}' is not a rule ID: use letters, digits, '_', '-' or '.', starting with a letter (e.g. CONTOSO1001).", where);
        }

        if (B2BId().Match(id) is { Success: true } match)
        {
            var number = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            if (number < 1000 || number > 8999)
            {
                throw new ConfigurationException(
                    $"'{id}' is reserved for B2BRules' own rules and notifications; use B2B1000–B2B8999 or a prefix of your own such as CONTOSO1001.", where);
            }
        }
    }
}
