using System.Reflection;

namespace B2BRules.Cli;

/// <summary>The tool's version: the package version set once in Directory.Build.props, without the commit suffix.</summary>
internal static class ToolVersion
{
    public static string Current { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
