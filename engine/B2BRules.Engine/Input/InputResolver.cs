using B2BRules.Engine.Checking;
using Microsoft.Extensions.FileSystemGlobbing;

namespace B2BRules.Engine.Input;

/// <summary>Turns the command line's paths, directories and globs into batch files, and fixes the source root.</summary>
public static class InputResolver
{
    /// <summary>The source root: the given one, else the top of the git work tree, else the current directory.</summary>
    public static string ResolveSourceRoot(string? sourceRoot)
    {
        if (sourceRoot is not null)
        {
            var full = Path.GetFullPath(sourceRoot);
            return Directory.Exists(full) ? full : throw new UsageException($"--source-root '{sourceRoot}' is not a directory.");
        }

        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return dir.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }

    /// <summary>Every batch file named by the inputs, each once, in order; throws <see cref="UsageException"/> for what is missing.</summary>
    public static IReadOnlyList<string> ResolveInputs(IReadOnlyList<string> inputs, string sourceRoot)
    {
        if (inputs.Count == 0)
        {
            throw new UsageException("No input: name a CSV batch, a directory or a glob.");
        }

        var files = new List<string>();
        foreach (var input in inputs)
        {
            var matched = Expand(input);
            if (matched.Count == 0)
            {
                throw new UsageException(Directory.Exists(input)
                    ? $"The directory '{input}' holds no *.csv file."
                    : $"The input '{input}' does not exist or matches no file.");
            }

            files.AddRange(matched);
        }

        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(sourceRoot, file);
            if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                throw new UsageException($"The input '{relative}' is outside the source root; pass --source-root to choose another root.");
            }

            EnsureReadable(file, relative);
        }

        // Each real file once: a symlinked file and its target are one batch, listed as the target when that was named
        // or found too, else as the first link to it; the order of the inputs is kept.
        var chosen = files.GroupBy(RealPath, StringComparer.Ordinal)
            .Select(g => g.FirstOrDefault(f => string.Equals(f, g.Key, StringComparison.Ordinal)) ?? g.First())
            .ToHashSet(StringComparer.Ordinal);
        return [.. files.Where(chosen.Contains).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Every input is opened once up front, so an unreadable one stops the run before any batch is checked.</summary>
    private static void EnsureReadable(string file, string shown)
    {
        try
        {
            using var stream = File.OpenRead(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"The input '{shown}' cannot be read: {e.Message}", e);
        }
    }

    /// <summary>The path as reports show it: relative to the source root, '/' separated.</summary>
    public static string DisplayPath(string fullPath, string sourceRoot) => Path.GetRelativePath(sourceRoot, fullPath).Replace('\\', '/');

    private static List<string> Expand(string input)
    {
        if (File.Exists(input))
        {
            return [Path.GetFullPath(input)];
        }

        if (Directory.Exists(input))
        {
            return [.. CsvFilesBelow(Path.GetFullPath(input)).Order(StringComparer.Ordinal)];
        }

        if (input.IndexOfAny(['*', '?', '[']) < 0)
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(input);
        var root = Path.IsPathRooted(input) ? Path.GetPathRoot(input)! : Environment.CurrentDirectory;
        if (Path.IsPathRooted(input))
        {
            matcher = new Matcher(StringComparison.Ordinal);
            matcher.AddInclude(Path.GetRelativePath(root, input));
        }

        return [.. matcher.GetResultsInFullPath(root).Select(Path.GetFullPath).Where(f => !BelowSymlinkedDirectory(f, root)).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Every *.csv below a directory, not following symlinked directories below it (as ripgrep and ESLint do by
    /// default): a link back up the tree would otherwise list the same files again at every level until the system
    /// gives up. The directory itself may be a link; the user named it.
    /// </summary>
    private static IEnumerable<string> CsvFilesBelow(string directory)
    {
        var options = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false };
        var pending = new Stack<string>([directory]);
        while (pending.TryPop(out var current))
        {
            foreach (var file in Directory.EnumerateFiles(current, "*.csv", options))
            {
                yield return file;
            }

            foreach (var sub in Directory.EnumerateDirectories(current, "*", options))
            {
                if (new DirectoryInfo(sub).LinkTarget is null)
                {
                    pending.Push(sub);
                }
            }
        }
    }

    /// <summary>Whether a glob's match lies below a symlinked directory under the glob's root (which the walk must not follow).</summary>
    private static bool BelowSymlinkedDirectory(string file, string root)
    {
        for (var dir = Path.GetDirectoryName(file); dir is not null && dir.Length > root.TrimEnd(Path.DirectorySeparatorChar).Length; dir = Path.GetDirectoryName(dir))
        {
            if (new DirectoryInfo(dir).LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The file a path finally leads to, through symlinks to it and to any directory above it.</summary>
    private static string RealPath(string file)
    {
        var target = File.ResolveLinkTarget(file, returnFinalTarget: true)?.FullName ?? file;
        return Path.Combine(RealDirectory(Path.GetDirectoryName(target)!, 0), Path.GetFileName(target));
    }

    private static string RealDirectory(string directory, int depth)
    {
        var parent = Path.GetDirectoryName(directory);
        if (parent is null || depth > 40)
        {
            return directory; // the root, or a loop the system would refuse too
        }

        var candidate = Path.Combine(RealDirectory(parent, depth + 1), Path.GetFileName(directory));
        return Directory.ResolveLinkTarget(candidate, returnFinalTarget: true) is { } linked ? RealDirectory(linked.FullName, depth + 1) : candidate;
    }
}
