using System.Globalization;
using System.Text.RegularExpressions;
using B2BRules.Engine.Configuration;
using B2BRules.Engine.Declarative.Functions;
using B2BRules.Sdk;
using YamlDotNet.RepresentationModel;
using static B2BRules.Engine.Configuration.YamlValues;

namespace B2BRules.Engine.Declarative;

/// <summary>
/// Reads a <c>when</c> / <c>then</c> mapping: exactly one function (or combinator) and an optional <c>field</c>, each
/// option checked for its type, every mistake a <see cref="ConfigurationException"/> at its YAML place.
/// </summary>
internal sealed class ConditionParser(string file, TimeSpan regexTimeout)
{
    public static readonly string[] Functions =
        ["pattern", "notPattern", "in", "notIn", "domainIn", "domainNotIn", "required", "maxLength", "unique", "allOf", "anyOf", "not"];

    public Condition Parse(YamlNode node, string inheritedField, string what)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw new ConfigurationException($"'{what}' takes a mapping with one function ({string.Join(", ", Functions)}) and an optional 'field'.", Where(file, node));
        }

        var field = inheritedField;
        (string Name, YamlNode Key, YamlNode Value)? function = null;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = Scalar(file, keyNode);
            if (key == "field")
            {
                field = Scalar(file, value).Trim();
                continue;
            }

            if (!Functions.Contains(key, StringComparer.Ordinal))
            {
                throw new ConfigurationException($"'{key}' is not a function{Suggest.Nearest(key, Functions.Append("field"))}; use one of: {string.Join(", ", Functions)}.", Where(file, keyNode));
            }

            if (function is not null)
            {
                throw new ConfigurationException($"'{what}' holds both '{function.Value.Name}' and '{key}'; combine them with allOf or anyOf.", Where(file, keyNode));
            }

            function = (key, keyNode, value);
        }

        if (function is not { } f)
        {
            throw new ConfigurationException($"'{what}' names no function; use one of: {string.Join(", ", Functions)}.", Where(file, node));
        }

        return Create(f.Name, f.Value, field, Where(file, f.Key));
    }

    private Condition Create(string name, YamlNode value, string field, Location where) => name switch
    {
        "pattern" or "notPattern" => new PatternFunction(field, where, Regex(value), name == "notPattern"),
        "in" or "notIn" => new InFunction(field, where, NonEmptyList(name, value), name == "notIn"),
        "domainIn" or "domainNotIn" => new DomainInFunction(field, where, NonEmptyList(name, value), name == "domainNotIn"),
        "required" => True(name, value, new RequiredFunction(field, where)),
        "unique" => True(name, value, new UniqueFunction(field, where)),
        "maxLength" => new MaxLengthFunction(field, where, PositiveInt(name, value)),
        "allOf" => new AllOfCondition(field, where, Children(name, value, field)),
        "anyOf" => new AnyOfCondition(field, where, Children(name, value, field)),
        _ => new NotCondition(field, where, Parse(value, field, "not")),
    };

    private Regex Regex(YamlNode node)
    {
        var pattern = Scalar(file, node);
        try
        {
            return PatternFunction.Compile(pattern, regexTimeout);
        }
        catch (ArgumentException e)
        {
            throw new ConfigurationException($"'{pattern}' is not a valid regular expression: {e.Message}", Where(file, node));
        }
    }

    private List<string> NonEmptyList(string name, YamlNode node)
    {
        var values = ScalarList(file, node).Select(v => v.Value).ToList();
        return values.Count > 0 ? values : throw new ConfigurationException($"'{name}' needs at least one value.", Where(file, node));
    }

    private T True<T>(string name, YamlNode node, T condition) =>
        Scalar(file, node) == "true" ? condition : throw new ConfigurationException($"'{name}' takes true (leave it out otherwise).", Where(file, node));

    private int PositiveInt(string name, YamlNode node) =>
        int.TryParse(Scalar(file, node), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ConfigurationException($"'{name}' takes a whole number above 0.", Where(file, node));

    private List<Condition> Children(string name, YamlNode node, string field) =>
        node is YamlSequenceNode { Children.Count: > 0 } sequence
            ? [.. sequence.Children.Select(child => Parse(child, field, name))]
            : throw new ConfigurationException($"'{name}' takes a list of conditions.", Where(file, node));
}
