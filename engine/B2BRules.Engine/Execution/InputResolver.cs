using Microsoft.Extensions.FileSystemGlobbing;

namespace B2BRules.Engine.Execution;

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

        return [.. files.Distinct(StringComparer.Ordinal)];
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
            return [.. Directory.EnumerateFiles(input, "*.csv", SearchOption.AllDirectories).Select(Path.GetFullPath).Order(StringComparer.Ordinal)];
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

        return [.. matcher.GetResultsInFullPath(root).Select(Path.GetFullPath).Order(StringComparer.Ordinal)];
    }
}
