using System.Diagnostics;
using B2BRules.Engine.Checking;

namespace B2BRules.Cli.Commands;

/// <summary>
/// A rules file named by path, or by git revision and path (<c>origin/main:rules.yaml</c>), which <c>git show</c> writes
/// beside the working copy's file — so that its relative <c>extends:</c> and plugin paths resolve as they did — and
/// which is removed afterwards.
/// </summary>
internal sealed class RulesRevision : IDisposable
{
    private readonly bool _temporary;

    private RulesRevision(string path, bool temporary)
    {
        Path = path;
        _temporary = temporary;
    }

    public string Path { get; }

    public static RulesRevision Open(string spec)
    {
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        if (File.Exists(spec) || colon <= 1 || spec.StartsWith("builtin:", StringComparison.Ordinal))
        {
            return new RulesRevision(spec, temporary: false); // a path (C:\… included), a profile, or a missing file the loader names
        }

        var (revision, path) = (spec[..colon], spec[(colon + 1)..]);
        var git = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "show", $"{revision}:{(path.StartsWith("./", StringComparison.Ordinal) ? path : "./" + path)}" })
        {
            git.ArgumentList.Add(argument);
        }

        string text, error;
        int code;
        try
        {
            using var process = Process.Start(git)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            error = process.StandardError.ReadToEnd();
            text = stdout.GetAwaiter().GetResult();
            process.WaitForExit();
            code = process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new UsageException($"--base/--head '{spec}' names a git revision, but git could not be run: {e.Message}");
        }

        if (code != 0)
        {
            throw new UsageException($"'{spec}' is neither a rules file nor a git revision and path: {error.Trim()}");
        }

        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        var copy = System.IO.Path.Combine(directory, $".b2brules-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(copy, text);
        return new RulesRevision(copy, temporary: true);
    }

    public void Dispose()
    {
        if (_temporary)
        {
            File.Delete(Path);
        }
    }
}
