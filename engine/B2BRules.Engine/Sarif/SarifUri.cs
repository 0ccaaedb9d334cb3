namespace B2BRules.Engine.Sarif;

/// <summary>Repo-relative, percent-encoded artifact URIs: never a machine path.</summary>
internal static class SarifUri
{
    public static string Escape(string relativePath) =>
        string.Join('/', relativePath.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    /// <summary>A path for people: relative to the source root when inside it, else as given.</summary>
    public static string DisplayPath(string path, string sourceRoot) =>
        Path.IsPathRooted(path) && !Path.GetRelativePath(sourceRoot, path).StartsWith("..", StringComparison.Ordinal)
            ? Path.GetRelativePath(sourceRoot, path).Replace('\\', '/')
            : path;

    /// <summary>The URI of a file under the source root; false for a file outside it (or a built-in profile).</summary>
    public static bool TryRelative(string path, string sourceRoot, out string uri)
    {
        uri = string.Empty;
        if (path.StartsWith("builtin:", StringComparison.Ordinal))
        {
            return false;
        }

        var full = Path.IsPathRooted(path) ? path
            : File.Exists(Path.Combine(sourceRoot, path)) ? Path.Combine(sourceRoot, path)
            : Path.GetFullPath(path);
        var relative = Path.GetRelativePath(sourceRoot, full);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return false;
        }

        uri = Escape(relative);
        return true;
    }
}
