using System.Text.Json;
using B2BRules.Engine.Execution;
using B2BRules.Engine.Plugins;
using B2BRules.Engine.Reporting;
using B2BRules.Sdk;

namespace B2BRules.Engine.Sarif;

/// <summary>Writes <c>tool</c>: the engine as the driver (its checks and notification descriptors), each other component an extension.</summary>
internal static class SarifRulesWriter
{
    public const string InformationUri = "https://github.com/b2brules/b2brules";

    public static void WriteTool(Utf8JsonWriter json, RuleCatalog catalog)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        var engine = catalog.Components.First(c => c.IsEngine);
        WriteComponentHeader(json, engine);
        WriteRules(json, engine);
        json.WriteStartArray("notifications");
        foreach (var descriptor in ToolNotifications.All)
        {
            WriteDescriptor(json, descriptor, null, isNotification: true);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartArray("extensions");
        foreach (var component in catalog.Components.Where(c => !c.IsEngine))
        {
            json.WriteStartObject();
            WriteComponentHeader(json, component);
            WriteRules(json, component);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteComponentHeader(Utf8JsonWriter json, RuleComponent component)
    {
        json.WriteString("name", component.Name);
        json.WriteString("semanticVersion", component.Version);
        json.WriteString("informationUri", InformationUri);
    }

    private static void WriteRules(Utf8JsonWriter json, RuleComponent component)
    {
        json.WriteStartArray("rules");
        foreach (var descriptor in component.SortedDescriptors)
        {
            WriteDescriptor(json, descriptor, RuleDocs.Markdown(component, descriptor), isNotification: false);
        }

        json.WriteEndArray();
    }

    private static void WriteDescriptor(Utf8JsonWriter json, RuleDescriptor descriptor, string? docPage, bool isNotification)
    {
        json.WriteStartObject();
        json.WriteString("id", descriptor.Id);
        json.WriteString("name", RuleText.Name(descriptor));
        SarifJson.WriteText(json, "shortDescription", RuleText.Sentence(descriptor.Title));
        SarifJson.WriteText(json, "fullDescription", RuleText.FullDescription(descriptor));
        json.WriteStartObject("help");
        json.WriteString("text", RuleText.Help(descriptor));
        json.WriteString("markdown", docPage ?? RuleText.HelpMarkdown(descriptor));
        json.WriteEndObject();
        if (descriptor.HelpUri is { } helpUri && !isNotification)
        {
            json.WriteString("helpUri", helpUri);
        }

        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", RuleText.Level(descriptor.DefaultSeverity));
        if (!descriptor.IsEnabledByDefault)
        {
            json.WriteBoolean("enabled", false);
        }

        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", descriptor.Category);
        json.WriteString("scope", descriptor.Scope == RuleScope.Batch ? "batch" : "row");
        if (!isNotification)
        {
            json.WriteString("precision", "very-high");
            json.WriteString("problem.severity", descriptor.DefaultSeverity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "recommendation",
            });
        }

        json.WriteStartArray("tags");
        foreach (var tag in descriptor.Tags.Take(10))
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
