using System.Runtime.InteropServices;
using B2BRules.Engine.Plugins;

namespace B2BRules.Engine.Tests;

/// <summary>
/// A plugin's probing paths are read from its runtimeconfig files as McMaster's PluginLoader reads them, without its
/// reflection-based JSON serializer (docs/performance.md).
/// </summary>
public sealed class PluginLoadContextTests
{
    private static string Plugin(string? runtimeConfig, string? devConfig = null)
    {
        var dir = Directory.CreateTempSubdirectory("b2brules-plugin-").FullName;
        if (runtimeConfig is not null)
        {
            File.WriteAllText(Path.Combine(dir, "Acme.Rules.runtimeconfig.json"), runtimeConfig);
        }

        if (devConfig is not null)
        {
            File.WriteAllText(Path.Combine(dir, "Acme.Rules.runtimeconfig.dev.json"), devConfig);
        }

        return Path.Combine(dir, "Acme.Rules.dll");
    }

    [Fact]
    public void Probing_paths_of_both_files_are_read_with_arch_and_tfm_replaced()
    {
        var plugin = Plugin(
            """{ "runtimeOptions": { "tfm": "net10.0", "additionalProbingPaths": [ "/opt/acme/libs" ] } }""",
            """
            {
              // written by older SDKs for a build in place
              "runtimeOptions": { "additionalProbingPaths": [ "/home/dev/.nuget/|arch|/|tfm|", ], },
            }
            """);
        var arch = RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        PluginLoadContext.ProbingPaths(plugin).ShouldBe(["/opt/acme/libs", $"/home/dev/.nuget/{arch}/net10.0"]);
    }

    [Fact]
    public void A_path_naming_the_tfm_is_skipped_when_no_file_names_one()
    {
        var plugin = Plugin("""{ "runtimeOptions": { "additionalProbingPaths": [ "/cache/|tfm|", "/cache/any", 7, "" ] } }""");
        PluginLoadContext.ProbingPaths(plugin).ShouldBe(["/cache/any"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{ not json")]
    [InlineData("[]")]
    [InlineData("""{ "runtimeOptions": "none" }""")]
    [InlineData("""{ "runtimeOptions": { "additionalProbingPaths": "/not/a/list" } }""")]
    public void A_missing_or_unreadable_runtimeconfig_adds_no_probing_path(string? runtimeConfig) =>
        PluginLoadContext.ProbingPaths(Plugin(runtimeConfig)).ShouldBeEmpty();
}
