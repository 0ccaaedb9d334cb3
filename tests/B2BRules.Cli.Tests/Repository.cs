using System.Diagnostics;

namespace B2BRules.Cli.Tests;

internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Scenarios => Path.Combine(Root, "tests", "scenarios");

    /// <summary>A test plugin's built assembly (test plugins are real projects, built with this solution).</summary>
    public static string TestPlugin(string name)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var project = Directory.GetFiles(Path.Combine(Root, "tests", "TestPlugins"), name + ".csproj", SearchOption.AllDirectories).Single();
        return Path.Combine(Path.GetDirectoryName(project)!, "bin", configuration, "net10.0", name + ".dll");
    }

    /// <summary>Runs the real b2brules executable; returns its exit code, stdout and stderr.</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunCli(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "b2brules.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(120_000).ShouldBeTrue("b2brules did not finish within two minutes");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string TempDirectory() => Directory.CreateTempSubdirectory("b2brules-cli-").FullName;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "B2BRules.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("B2BRules.sln is not above the test assembly.");
    }
}
