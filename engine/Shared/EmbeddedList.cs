using System.Collections.Frozen;

namespace B2BRules.BuiltIn;

/// <summary>
/// Reads a one-entry-per-line list shipped as an embedded resource of the calling plugin; '#' starts a comment.
/// Linked as source into the plugins that ship data, since plugins share no assembly but the SDK.
/// </summary>
internal static class EmbeddedList
{
    public static FrozenSet<string> Load(string resourceName)
    {
        var entries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Lines(resourceName))
        {
            var entry = line.Trim();
            if (entry.Length > 0 && !entry.StartsWith('#'))
            {
                entries.Add(entry.ToLowerInvariant());
            }
        }

        return entries.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The resource's lines as written, for lists with a syntax of their own.</summary>
    public static IEnumerable<string> Lines(string resourceName)
    {
        using var stream = typeof(EmbeddedList).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The resource '{resourceName}' is missing from {typeof(EmbeddedList).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
