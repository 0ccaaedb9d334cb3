using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using System.Text.Json;
using McMaster.NETCore.Plugins.Loader;

namespace B2BRules.Engine.Plugins;

/// <summary>
/// The load context of one plugin, built with McMaster.NETCore.Plugins' <see cref="AssemblyLoadContextBuilder"/> as its
/// <c>PluginLoader</c> builds it: the plugin's deps.json resolves its dependencies, only the shared assemblies (the
/// SDK's) come from the host, every other dependency is the plugin's own copy. What differs is how the probing paths of
/// runtimeconfig files are read. PluginLoader deserialises the plugin's runtimeconfig.json and every runtimeconfig.json
/// beside the host with System.Text.Json's reflection-based serializer, whose first use — converters compiled by the
/// JIT, property setters emitted as IL — held every check up by about 40 ms (docs/performance.md); here the plugin's
/// files are read with <see cref="JsonDocument"/>. Two places PluginLoader also searches are left out: the probing paths
/// of the host's own runtimeconfig.json, which declares none (the tool is installed with its dependencies), and, when
/// the host runs under <c>dotnet</c>, the runtime package store (<c>dotnet store</c>), which plugins built against this
/// SDK do not use: a plugin carries its dependencies in its folder or names them in its deps.json.
/// </summary>
internal static class PluginLoadContext
{
    /// <summary>Loads the plugin's main assembly into a new load context of its own.</summary>
    public static Assembly LoadMainAssembly(string assemblyPath, IEnumerable<Assembly> sharedAssemblies)
    {
        var mainAssemblyPath = Path.GetFullPath(assemblyPath);
        var builder = new AssemblyLoadContextBuilder()
            .SetMainAssemblyPath(mainAssemblyPath)
            .SetDefaultContext(AssemblyLoadContext.GetLoadContext(typeof(PluginLoadContext).Assembly) ?? AssemblyLoadContext.Default);
        foreach (var shared in sharedAssemblies)
        {
            builder.PreferDefaultLoadContextAssembly(shared.GetName());
        }

        foreach (var path in ProbingPaths(mainAssemblyPath))
        {
            builder.AddProbingPath(path);
        }

        return builder.Build().LoadFromAssemblyPath(mainAssemblyPath);
    }

    /// <summary>
    /// The <c>additionalProbingPaths</c> of the plugin's runtimeconfig.json and runtimeconfig.dev.json, with
    /// <c>|arch|</c> and <c>|tfm|</c> replaced as PluginLoader replaces them (a path with <c>|tfm|</c> is skipped when
    /// neither file names a target framework). A file that is missing or not valid JSON adds nothing, as in
    /// PluginLoader: the runtime does not read a plugin's runtimeconfig at all, so a broken one is not the plugin's fault.
    /// </summary>
    internal static IReadOnlyList<string> ProbingPaths(string mainAssemblyPath)
    {
        // Loops rather than LINQ over tuples: generic code over value types is compiled by the JIT at start-up, which is
        // the cost this class exists to avoid.
        var stem = Path.Combine(Path.GetDirectoryName(mainAssemblyPath) ?? ".", Path.GetFileNameWithoutExtension(mainAssemblyPath));
        var files = new[] { RuntimeOptions.Read(stem + ".runtimeconfig.json"), RuntimeOptions.Read(stem + ".runtimeconfig.dev.json") };
        var tfm = files[0].Tfm ?? files[1].Tfm;
        var arch = RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        var paths = new List<string>();
        foreach (var file in files)
        {
            foreach (var path in file.ProbingPaths)
            {
                if (path.Contains("|tfm|", StringComparison.Ordinal) && tfm is null)
                {
                    continue;
                }

                paths.Add(path.Replace("|arch|", arch, StringComparison.Ordinal).Replace("|tfm|", tfm, StringComparison.Ordinal));
            }
        }

        return paths;
    }

    /// <summary>What a runtimeconfig file says that plugin loading uses.</summary>
    private sealed record RuntimeOptions(string? Tfm, List<string> ProbingPaths)
    {
        private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

        public static RuntimeOptions Read(string path)
        {
            var none = new RuntimeOptions(null, []);
            if (!File.Exists(path))
            {
                return none;
            }

            try
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(path), Lenient);
                if (document.RootElement.ValueKind != JsonValueKind.Object
                    || !document.RootElement.TryGetProperty("runtimeOptions", out var options) || options.ValueKind != JsonValueKind.Object)
                {
                    return none;
                }

                var tfm = options.TryGetProperty("tfm", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                var paths = new List<string>();
                if (options.TryGetProperty("additionalProbingPaths", out var listed) && listed.ValueKind == JsonValueKind.Array)
                {
                    foreach (var entry in listed.EnumerateArray())
                    {
                        if (entry.ValueKind == JsonValueKind.String && entry.GetString() is { Length: > 0 } probingPath)
                        {
                            paths.Add(probingPath);
                        }
                    }
                }

                return new RuntimeOptions(tfm, paths);
            }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
            {
                return none;
            }
        }
    }
}
