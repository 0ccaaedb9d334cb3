using System.Text.Json;
using B2BRules.Engine.Reporting;
using B2BRules.Sdk;

namespace B2BRules.Engine.Sarif;

/// <summary>A finding's message as SARIF carries it (a full sentence, the first of which GitHub shows as the title).</summary>
internal static class SarifMessage
{
    /// <summary>Room for a message formatted on the stack; longer ones are made into strings.</summary>
    private const int StackLength = 512;

    public static string Text(string message) => RuleText.Sentence(message);

    /// <summary>
    /// Writes <c>{"text": …}</c> for a finding. The message is formatted into a buffer and its full stop added there:
    /// a million-result log would otherwise make two strings a result, the message and the sentence.
    /// </summary>
    public static void Write(Utf8JsonWriter json, JsonEncodedText name, Diagnostic diagnostic, ReportOptions options)
    {
        Span<char> buffer = stackalloc char[StackLength];
        if (options.Redact || !diagnostic.TryFormatMessage(buffer[..^1], out var length))
        {
            SarifJson.WriteText(json, name, options.Text(Text(diagnostic.Message)));
            return;
        }

        if (!RuleText.EndsSentence(buffer[..length]))
        {
            buffer[length++] = '.';
        }

        json.WriteStartObject(name);
        json.WriteString(SarifJson.Names.Text, buffer[..length]);
        json.WriteEndObject();
    }
}
