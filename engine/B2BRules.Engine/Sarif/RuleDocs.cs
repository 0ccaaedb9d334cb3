using System.Reflection;
using B2BRules.Engine.Plugins;
using B2BRules.Sdk;

namespace B2BRules.Engine.Sarif;

/// <summary>
/// A rule's documentation page for SARIF's <c>help.markdown</c>: the resource <c>docs/&lt;ID&gt;.md</c> in the assembly
/// that declares the rule (built-in plugins embed their pages from docs/rules; third-party plugins may do the same).
/// </summary>
internal static class RuleDocs
{
    public static string? Markdown(RuleComponent component, RuleDescriptor descriptor)
    {
        var assemblies = component.Rules.Where(r => r.SupportedRules.Contains(descriptor)).Select(r => r.GetType().Assembly);
        if (component.IsEngine)
        {
            assemblies = assemblies.Append(typeof(RuleDocs).Assembly);
        }

        foreach (var assembly in assemblies.Distinct())
        {
            if (Read(assembly, $"docs/{descriptor.Id}.md") is { } page)
            {
                return page;
            }
        }

        return null;
    }

    private static string? Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
