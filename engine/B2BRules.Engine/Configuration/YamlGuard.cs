using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace B2BRules.Engine.Configuration;

/// <summary>
/// Bounds what a YAML document may cost before it is loaded (docs/security.md): its size, its nesting depth, and how many
/// values it expands to once aliases are followed — a "billion laughs" file of a few hundred bytes would otherwise take
/// minutes and gigabytes. Pre-scans the parser's events, so nothing is built.
/// </summary>
internal static class YamlGuard
{
    public const int MaxCharacters = 4 * 1024 * 1024;
    public const int MaxDepth = 64;
    public const long MaxExpandedValues = 200_000;

    /// <summary>Throws <see cref="ConfigurationException"/> (with the place) when the document is too large, too deep or expands too far.</summary>
    public static void Check(string file, string text)
    {
        if (text.Length > MaxCharacters)
        {
            throw new ConfigurationException($"The file is larger than {MaxCharacters / (1024 * 1024)} MiB; a rules or suppressions file is far smaller.", Location(file, Mark.Empty));
        }

        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long Size)>();
        var parser = new Parser(new StringReader(text));
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                last = parser.Current!.Start;
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart:
                        var anchor = parser.Current is NodeEvent { Anchor.IsEmpty: false } node ? node.Anchor.Value : null;
                        open.Push((anchor, 1));
                        if (open.Count > MaxDepth)
                        {
                            throw new ConfigurationException($"The document nests deeper than {MaxDepth} levels.", Location(file, parser.Current.Start));
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        var (name, size) = open.Pop();
                        if (name is not null)
                        {
                            anchors[name] = size;
                        }

                        Add(open, size, file, parser.Current);
                        break;
                    case Scalar scalar:
                        if (!scalar.Anchor.IsEmpty)
                        {
                            anchors[scalar.Anchor.Value] = 1;
                        }

                        Add(open, 1, file, scalar);
                        break;
                    case AnchorAlias alias:
                        if (!anchors.ContainsKey(alias.Value.Value))
                        {
                            // An alias to a node that contains it, or to one defined later: YamlDotNet builds a cycle and
                            // recurses without end on it, overflowing the stack (found by fuzzing). Only complete, earlier nodes.
                            throw new ConfigurationException(
                                $"The alias *{alias.Value.Value} refers to a node that contains it or comes later; recursive YAML is not allowed.", Location(file, alias.Start));
                        }

                        Add(open, anchors.GetValueOrDefault(alias.Value.Value, 1), file, alias);
                        break;
                }
            }
        }
        catch (YamlException e)
        {
            throw NotYaml(file, e.Message, e.Start);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet 18.1 throws these, not YamlException, on some malformed input (found by fuzzing).
            throw NotYaml(file, "the parser stopped on malformed input", last);
        }
    }

    /// <summary>
    /// Reads one YAML document after checking its cost: its root mapping, or null when the document is empty. Every
    /// failure — malformed YAML, a second document, a root that is not a mapping — is a located configuration error.
    /// </summary>
    public static YamlMappingNode? LoadSingleDocument(string file, TextReader text, string what)
    {
        var content = text.ReadToEnd();
        Check(file, content);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(content));
        }
        catch (YamlException e)
        {
            throw NotYaml(file, Innermost(e).Message, e.Start);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            throw NotYaml(file, "the parser stopped on malformed input", Mark.Empty); // found by fuzzing: not a YamlException
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            throw new ConfigurationException($"{what} holds one YAML document; remove the second '---'.", YamlValues.Where(file, stream.Documents[1].RootNode));
        }

        return YamlValues.Mapping(file, stream.Documents[0].RootNode, what);
    }

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;

    /// <summary>The located error for text the YAML parser cannot read.</summary>
    public static ConfigurationException NotYaml(string file, string why, Mark at) =>
        new($"This is not valid YAML: {why}", Location(file, at));

    private static void Add(Stack<(string? Anchor, long Size)> open, long size, string file, ParsingEvent at)
    {
        if (open.Count == 0)
        {
            return;
        }

        var (anchor, total) = open.Pop();
        total += size;
        if (total > MaxExpandedValues)
        {
            throw new ConfigurationException(
                $"The document expands to more than {MaxExpandedValues:N0} values once its aliases are followed (an alias bomb?).", Location(file, at.Start));
        }

        open.Push((anchor, total));
    }

    private static Sdk.Location Location(string file, Mark mark) => YamlValues.Where(file, mark.Line > 0 ? mark : new Mark(0, 1, 1));
}
