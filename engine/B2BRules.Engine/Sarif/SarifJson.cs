using System.Text.Encodings.Web;
using System.Text.Json;
using B2BRules.Sdk;

namespace B2BRules.Engine.Sarif;

/// <summary>Small SARIF shapes written in several places.</summary>
internal static class SarifJson
{
    public const string SourceRootId = "%SRCROOT%";

    /// <summary>How the SARIF log escapes text: as little as JSON requires, so messages stay readable.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>
    /// Property names written once per result, encoded once: a million-row log writes each hundreds of thousands of
    /// times, and a pre-encoded name is copied instead of transcoded and checked for escaping every time.
    /// </summary>
    public static class Names
    {
        public static readonly JsonEncodedText ArtifactLocation = JsonEncodedText.Encode("artifactLocation");
        public static readonly JsonEncodedText EndColumn = JsonEncodedText.Encode("endColumn");
        public static readonly JsonEncodedText EndLine = JsonEncodedText.Encode("endLine");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Index = JsonEncodedText.Encode("index");
        public static readonly JsonEncodedText Level = JsonEncodedText.Encode("level");
        public static readonly JsonEncodedText Locations = JsonEncodedText.Encode("locations");
        public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
        public static readonly JsonEncodedText PhysicalLocation = JsonEncodedText.Encode("physicalLocation");
        public static readonly JsonEncodedText Properties = JsonEncodedText.Encode("properties");
        public static readonly JsonEncodedText Region = JsonEncodedText.Encode("region");
        public static readonly JsonEncodedText Rule = JsonEncodedText.Encode("rule");
        public static readonly JsonEncodedText RuleId = JsonEncodedText.Encode("ruleId");
        public static readonly JsonEncodedText RuleIndex = JsonEncodedText.Encode("ruleIndex");
        public static readonly JsonEncodedText Snippet = JsonEncodedText.Encode("snippet");
        public static readonly JsonEncodedText StartColumn = JsonEncodedText.Encode("startColumn");
        public static readonly JsonEncodedText StartLine = JsonEncodedText.Encode("startLine");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText ToolComponent = JsonEncodedText.Encode("toolComponent");
        public static readonly JsonEncodedText Uri = JsonEncodedText.Encode("uri");
        public static readonly JsonEncodedText UriBaseId = JsonEncodedText.Encode("uriBaseId");
        public static readonly JsonEncodedText SourceRoot = JsonEncodedText.Encode(SourceRootId, Encoder);
    }

    public static void WriteText(Utf8JsonWriter json, string name, string text) => WriteText(json, JsonEncodedText.Encode(name), text);

    public static void WriteText(Utf8JsonWriter json, JsonEncodedText name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString(Names.Text, text);
        json.WriteEndObject();
    }

    public static void WriteArtifactLocation(Utf8JsonWriter json, string uri, int? index = null) =>
        WriteArtifactLocation(json, JsonEncodedText.Encode(uri, Encoder), index);

    /// <param name="uri">The URI, encoded once for all the results in its file.</param>
    public static void WriteArtifactLocation(Utf8JsonWriter json, JsonEncodedText uri, int? index = null)
    {
        json.WriteStartObject(Names.ArtifactLocation);
        json.WriteString(Names.Uri, uri);
        json.WriteString(Names.UriBaseId, Names.SourceRoot);
        if (index is { } i)
        {
            json.WriteNumber(Names.Index, i);
        }

        json.WriteEndObject();
    }

    /// <summary>A region with start and end line and column (end column exclusive), optionally with its snippet.</summary>
    public static void WriteRegion(Utf8JsonWriter json, string name, Location location, string? snippet = null) =>
        WriteRegion(json, JsonEncodedText.Encode(name), location, snippet);

    /// <summary>A region with start and end line and column (end column exclusive), optionally with its snippet.</summary>
    public static void WriteRegion(Utf8JsonWriter json, JsonEncodedText name, Location location, string? snippet = null)
    {
        json.WriteStartObject(name);
        json.WriteNumber(Names.StartLine, location.StartLine);
        json.WriteNumber(Names.StartColumn, location.StartColumn);
        json.WriteNumber(Names.EndLine, Math.Max(location.EndLine, location.StartLine));
        json.WriteNumber(Names.EndColumn, location.EndLine > location.StartLine ? location.EndColumn : Math.Max(location.EndColumn, location.StartColumn));
        if (snippet is not null)
        {
            WriteText(json, Names.Snippet, snippet);
        }

        json.WriteEndObject();
    }

    public static void WritePhysicalLocation(Utf8JsonWriter json, string uri, Location location, string? snippet = null, int? artifactIndex = null) =>
        WritePhysicalLocation(json, JsonEncodedText.Encode(uri, Encoder), location, snippet, artifactIndex);

    public static void WritePhysicalLocation(Utf8JsonWriter json, JsonEncodedText uri, Location location, string? snippet = null, int? artifactIndex = null)
    {
        json.WriteStartObject(Names.PhysicalLocation);
        WriteArtifactLocation(json, uri, artifactIndex);
        WriteRegion(json, Names.Region, location, snippet);
        json.WriteEndObject();
    }
}
