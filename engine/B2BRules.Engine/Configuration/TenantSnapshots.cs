using B2BRules.Engine.Tenants;

namespace B2BRules.Engine.Configuration;

/// <summary>
/// Which tenant snapshot a run reads: <c>--tenant FILE</c> (relative to the current directory), else the last rules file
/// that names one with <c>tenant:</c> (relative to that file). A file that is not a usable snapshot is a configuration
/// error naming it, before any batch is read.
/// </summary>
internal static class TenantSnapshots
{
    public static LoadedSnapshot? Load(IReadOnlyList<RulesFile> layers, string? commandLinePath)
    {
        if (commandLinePath is not null)
        {
            return Read(Path.GetFullPath(commandLinePath), commandLinePath, null);
        }

        var layer = layers.LastOrDefault(l => l.Tenant is not null);
        if (layer?.Tenant is not { } named)
        {
            return null;
        }

        var fullPath = Path.GetFullPath(Path.Combine(layer.Directory ?? Environment.CurrentDirectory, named.Path));
        return Read(fullPath, named.Path, named.Where);
    }

    private static LoadedSnapshot Read(string fullPath, string shown, Sdk.Location? where)
    {
        if (!File.Exists(fullPath))
        {
            throw new ConfigurationException(
                $"The tenant snapshot '{shown}' does not exist{(where is null ? string.Empty : " (paths are relative to the rules file)")}; make one with b2brules tenant pull or tenant import.", where);
        }

        try
        {
            return LoadedSnapshot.Load(fullPath, Path.GetFileName(shown));
        }
        catch (SnapshotException e)
        {
            throw new ConfigurationException($"The tenant snapshot '{shown}' {e.Message}.", where);
        }
    }
}
