using B2BRules.Sdk;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace B2BRules.Engine.Configuration;

/// <summary>Reads YAML nodes into <see cref="OptionValue"/> trees that remember where each value was written.</summary>
internal static class YamlValues
{
    public static Location Where(string file, YamlNode node) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column, (int)node.End.Line, (int)Math.Max(node.End.Column, node.Start.Column + 1));

    public static Location Where(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column, (int)mark.Line, (int)mark.Column + 1);

    public static OptionValue ToOptionValue(string file, YamlNode node) => node switch
    {
        YamlScalarNode scalar => new OptionValue(IsNull(scalar) ? null : scalar.Value, Where(file, node)),
        YamlSequenceNode sequence => new OptionValue(sequence.Children.Select(child => ToOptionValue(file, child)).ToList(), Where(file, node)),
        YamlMappingNode mapping => new OptionValue(ToMap(file, mapping), Where(file, node)),
        _ => throw new ConfigurationException("Aliases and other node kinds are not supported here.", Where(file, node)),
    };

    public static Dictionary<string, OptionValue> ToMap(string file, YamlMappingNode mapping)
    {
        var map = new Dictionary<string, OptionValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in mapping.Children)
        {
            map[Scalar(file, key)] = ToOptionValue(file, value);
        }

        return map;
    }

    public static string Scalar(string file, YamlNode node) =>
        node is YamlScalarNode { Value: { } value } ? value : throw new ConfigurationException("Expected a single value here.", Where(file, node));

    public static IReadOnlyList<(string Value, Location Where)> ScalarList(string file, YamlNode node) => node switch
    {
        YamlScalarNode scalar => [(Scalar(file, scalar), Where(file, scalar))],
        YamlSequenceNode sequence => [.. sequence.Children.Select(child => (Scalar(file, child), Where(file, child)))],
        _ => throw new ConfigurationException("Expected a list of values here.", Where(file, node)),
    };

    public static YamlMappingNode Mapping(string file, YamlNode node, string what) =>
        node as YamlMappingNode ?? throw new ConfigurationException($"'{what}' must be a mapping (key: value lines).", Where(file, node));

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";
}
