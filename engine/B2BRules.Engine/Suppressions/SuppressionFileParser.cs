using System.Globalization;
using B2BRules.Engine.Configuration;
using YamlDotNet.RepresentationModel;
using static B2BRules.Engine.Configuration.YamlValues;

namespace B2BRules.Engine.Suppressions;

/// <summary>Reads b2brules.suppressions.yaml strictly: every mistake names its file, line and column (exit code 2).</summary>
internal static class SuppressionFileParser
{
    public const string DefaultFileName = "b2brules.suppressions.yaml";

    private static readonly string[] Keys = ["rule", "email", "file", "record", "fingerprint", "justification", "owner", "expires"];

    public static IReadOnlyList<SuppressionEntry> Parse(string name, TextReader text)
    {
        if (YamlGuard.LoadSingleDocument(name, text, "A suppressions file") is not { } root)
        {
            return [];
        }

        var entries = new List<SuppressionEntry>();
        foreach (var (keyNode, value) in root.Children)
        {
            var key = Scalar(name, keyNode);
            if (key != "suppressions")
            {
                throw new ConfigurationException($"'{key}' is not a key of the suppressions file{Suggest.Nearest(key, ["suppressions"])}; it holds one list, 'suppressions'.", Where(name, keyNode));
            }

            if (value is not YamlSequenceNode list)
            {
                throw new ConfigurationException("'suppressions' is a list of entries.", Where(name, value));
            }

            entries.AddRange(list.Children.Select(entry => ParseEntry(name, entry)));
        }

        return entries;
    }

    private static SuppressionEntry ParseEntry(string file, YamlNode node)
    {
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in Mapping(file, node, "a suppression").Children)
        {
            var key = Scalar(file, keyNode);
            if (!Keys.Contains(key, StringComparer.Ordinal))
            {
                throw new ConfigurationException($"'{key}' is not a key of a suppression{Suggest.Nearest(key, Keys)}; expected: {string.Join(", ", Keys)}.", Where(file, keyNode));
            }

            values[key] = value;
        }

        var where = Where(file, node);
        string? Text(string key) => values.TryGetValue(key, out var v) ? Scalar(file, v).Trim() : null;
        var rule = Text("rule") ?? throw new ConfigurationException("A suppression needs 'rule': the ID of the rule it silences.", where);
        var justification = Text("justification");
        if (string.IsNullOrWhiteSpace(justification))
        {
            throw new ConfigurationException($"The suppression of {rule} has no justification; say why the finding is accepted (e.g. a ticket).", where);
        }

        int? record = null;
        if (Text("record") is { } recordText)
        {
            record = int.TryParse(recordText, NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0
                ? r
                : throw new ConfigurationException($"'record' is a record number (1 = the first invitee row), not '{recordText}'.", Where(file, values["record"]));
        }

        DateOnly? expires = null;
        if (Text("expires") is { } expiresText)
        {
            expires = DateOnly.TryParseExact(expiresText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw new ConfigurationException($"'expires' is a date written yyyy-mm-dd, not '{expiresText}'.", Where(file, values["expires"]));
        }

        var email = Text("email");
        var path = Text("file")?.Replace('\\', '/');
        var fingerprint = Text("fingerprint");
        var matchers = (email is null ? 0 : 1) + (fingerprint is null ? 0 : 1) + (path is null ? 0 : 1);
        if (matchers != 1 || (record is not null && path is null))
        {
            throw new ConfigurationException($"The suppression of {rule} must match exactly one of: 'email', 'file' (with an optional 'record'), or 'fingerprint'.", where);
        }

        return new SuppressionEntry(rule, email, path, record, fingerprint, justification, Text("owner"), expires, where);
    }
}
