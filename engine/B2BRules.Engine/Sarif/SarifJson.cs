using System.Text.Json;
using B2BRules.Sdk;

namespace B2BRules.Engine.Sarif;

/// <summary>Small SARIF shapes written in several places.</summary>
internal static class SarifJson
{
    public const string SourceRootId = "%SRCROOT%";

    public static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    public static void WriteArtifactLocation(Utf8JsonWriter json, string uri, int? index = null)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        json.WriteString("uriBaseId", SourceRootId);
        if (index is { } i)
        {
            json.WriteNumber("index", i);
        }

        json.WriteEndObject();
    }

    /// <summary>A region with start and end line and column (end column exclusive), optionally with its snippet.</summary>
    public static void WriteRegion(Utf8JsonWriter json, string name, Location location, string? snippet = null)
    {
        json.WriteStartObject(name);
        json.WriteNumber("startLine", location.StartLine);
        json.WriteNumber("startColumn", location.StartColumn);
        json.WriteNumber("endLine", Math.Max(location.EndLine, location.StartLine));
        json.WriteNumber("endColumn", location.EndLine > location.StartLine ? location.EndColumn : Math.Max(location.EndColumn, location.StartColumn));
        if (snippet is not null)
        {
            WriteText(json, "snippet", snippet);
        }

        json.WriteEndObject();
    }

    public static void WritePhysicalLocation(Utf8JsonWriter json, string uri, Location location, string? snippet = null, int? artifactIndex = null)
    {
        json.WriteStartObject("physicalLocation");
        WriteArtifactLocation(json, uri, artifactIndex);
        WriteRegion(json, "region", location, snippet);
        json.WriteEndObject();
    }
}
