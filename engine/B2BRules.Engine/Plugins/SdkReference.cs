using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using B2BRules.Sdk;

namespace B2BRules.Engine.Plugins;

/// <summary>
/// Reads which B2BRules.Sdk a plugin was built against from its metadata, without loading it, so that a plugin built
/// for another major version is refused with both versions named rather than failing later with a type-load error.
/// </summary>
internal static class SdkReference
{
    public static Version HostVersion { get; } = typeof(InvitationRule).Assembly.GetName().Version ?? new Version(1, 0, 0, 0);

    /// <summary>Why the plugin cannot load against this host, or null when its SDK reference is compatible.</summary>
    public static string? Incompatibility(string assemblyPath)
    {
        try
        {
            using var stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                return "it is not a .NET assembly";
            }

            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.AssemblyReferences)
            {
                var reference = metadata.GetAssemblyReference(handle);
                if (metadata.StringComparer.Equals(reference.Name, "B2BRules.Sdk"))
                {
                    return reference.Version.Major == HostVersion.Major
                        ? null
                        : $"it was built against B2BRules.Sdk {reference.Version}, but this host provides B2BRules.Sdk {HostVersion}; rebuild it against SDK {HostVersion.Major}.x";
                }
            }

            return "it does not reference B2BRules.Sdk, so it has no rules";
        }
        catch (BadImageFormatException)
        {
            return "it is not a .NET assembly";
        }
    }
}
