using System.Diagnostics;

namespace B2BRules.Cli.Tests;

internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Scenarios => Path.Combine(Root, "tests", "scenarios");

    private static string Configuration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    /// <summary>
    /// The CLI as its own build laid it out (with plugins/ beside it): the test's output folder resolves shared
    /// frameworks differently (ASP.NET Core, for the loopback Graph), so the tool runs from its own folder.
    /// </summary>
    public static string CliAssembly => Path.Combine(Root, "engine", "B2BRules.Cli", "bin", Configuration, "net10.0", "b2brules.dll");

    /// <summary>A test plugin's built assembly (test plugins are real projects, built with this solution).</summary>
    public static string TestPlugin(string name)
    {
        var configuration = Configuration;
        var project = Directory.GetFiles(Path.Combine(Root, "tests", "TestPlugins"), name + ".csproj", SearchOption.AllDirectories).Single();
        return Path.Combine(Path.GetDirectoryName(project)!, "bin", configuration, "net10.0", name + ".dll");
    }

    /// <summary>Copies a built test plugin (with its dependencies) under <c>extra/</c> in <paramref name="dir"/>; returns its path relative to it.</summary>
    public static string InstallTestPlugin(string dir, string name)
    {
        var plugin = TestPlugin(name);
        File.Exists(plugin).ShouldBeTrue($"test plugin not built: {plugin}");
        var target = Directory.CreateDirectory(Path.Combine(dir, "extra", name)).FullName;
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(plugin)!))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return $"./extra/{name}/{name}.dll";
    }

    /// <summary>Runs the real b2brules executable; returns its exit code, stdout and stderr.</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunCli(string workingDirectory, params string[] args) =>
        RunCli(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Runs the real b2brules executable with extra environment variables.</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunCli(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = StartCli(workingDirectory, environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(120_000).ShouldBeTrue("b2brules did not finish within two minutes");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts the real b2brules executable; the caller waits for it (or kills it).</summary>
    public static Process StartCli(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        // Tests that run on a CI system must not write job summaries to its pages: a test that wants one sets these itself.
        foreach (var ci in new[] { "GITHUB_STEP_SUMMARY", "TF_BUILD", "GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA", "GITHUB_WORKSPACE" })
        {
            start.Environment.Remove(ci);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.ArgumentList.Add(CliAssembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
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
