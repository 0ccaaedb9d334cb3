using System.Text;
using B2BRules.Engine.Checking;
using B2BRules.Engine.Reporting;

namespace B2BRules.Cli;

/// <summary>
/// Publishes <c>check</c>'s Markdown summary to the CI system it runs on (docs/ci.md): appended to the file named by
/// GitHub Actions' <c>GITHUB_STEP_SUMMARY</c>; on Azure Pipelines (<c>TF_BUILD</c>) written to the agent's temporary
/// folder and uploaded with the <c>##vso[task.uploadsummary]</c> logging command. Links go to the lines of the commit
/// being built where the CI system names it.
/// </summary>
internal static class JobSummary
{
    public static void Publish(CheckReport report, ReportOptions options, bool machineOnStdout)
    {
        if (Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } stepSummary)
        {
            var separate = NeedsBlankLine(stepSummary);
            using var file = new StreamWriter(stepSummary, append: true, new UTF8Encoding(false));
            if (separate)
            {
                file.WriteLine(); // what came before may end in an HTML block, which only a blank line closes
            }

            JobSummaryWriter.Write(report, file, options, GitHubLink(report));
        }
        else if (string.Equals(Environment.GetEnvironmentVariable("TF_BUILD"), "true", StringComparison.OrdinalIgnoreCase))
        {
            var folder = Environment.GetEnvironmentVariable("AGENT_TEMPDIRECTORY") is { Length: > 0 } temp ? temp : Path.GetTempPath();
            var path = Path.Combine(folder, $"b2brules-summary-{Guid.NewGuid():N}.md");
            using (var file = new StreamWriter(path, append: false, new UTF8Encoding(false)))
            {
                JobSummaryWriter.Write(report, file, options, AzureReposLink(report));
            }

            // The agent reads logging commands from the task's output; keep stdout clean when it carries a machine format.
            (machineOnStdout ? Console.Error : Console.Out).WriteLine($"##vso[task.uploadsummary]{path}");
        }
    }

    private static bool NeedsBlankLine(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length == 0)
        {
            return false;
        }

        using var stream = info.OpenRead();
        stream.Seek(-Math.Min(2, info.Length), SeekOrigin.End);
        var end = new byte[2];
        var read = stream.Read(end);
        return !(read == 2 && end[0] == '\n' && end[1] == '\n');
    }

    private static Func<string, int, string?>? GitHubLink(CheckReport report) =>
        (Environment.GetEnvironmentVariable("GITHUB_SERVER_URL"), Environment.GetEnvironmentVariable("GITHUB_REPOSITORY"),
            Environment.GetEnvironmentVariable("GITHUB_SHA")) is ({ Length: > 0 } server, { Length: > 0 } repository, { Length: > 0 } sha)
            ? (batch, line) => RepositoryPath(report, batch, "GITHUB_WORKSPACE") is { } path
                ? $"{server.TrimEnd('/')}/{repository}/blob/{sha}/{Uri.EscapeDataString(path).Replace("%2F", "/", StringComparison.Ordinal)}#L{line}"
                : null
            : null;

    private static Func<string, int, string?>? AzureReposLink(CheckReport report) =>
        (Environment.GetEnvironmentVariable("BUILD_REPOSITORY_PROVIDER"), Environment.GetEnvironmentVariable("BUILD_REPOSITORY_URI"),
            Environment.GetEnvironmentVariable("BUILD_SOURCEVERSION")) is ("TfsGit", { Length: > 0 } uri, { Length: > 0 } sha)
            ? (batch, line) => RepositoryPath(report, batch, "BUILD_SOURCESDIRECTORY") is { } path
                ? $"{uri}?path=/{Uri.EscapeDataString(path).Replace("%2F", "/", StringComparison.Ordinal)}&version=GC{sha}&line={line}&lineEnd={line}&lineStartColumn=1&lineEndColumn=1&_a=contents"
                : null
            : null;

    /// <summary>The batch's path in the repository: relative to the checkout the CI system names, else to the source root.</summary>
    private static string? RepositoryPath(CheckReport report, string batch, string workspaceVariable)
    {
        var full = Path.GetFullPath(Path.Combine(report.SourceRoot, batch));
        var workspace = Environment.GetEnvironmentVariable(workspaceVariable) is { Length: > 0 } w ? Path.GetFullPath(w) : report.SourceRoot;
        var relative = Path.GetRelativePath(workspace, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? null : relative.Replace('\\', '/');
    }
}
