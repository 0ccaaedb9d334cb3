namespace B2BRules.Engine.Sarif;

/// <summary>
/// What SARIF's <c>versionControlProvenance</c> needs, read from the work tree's .git folder (no git binary needed):
/// the remote URL (credentials stripped), the commit and the branch. Null when the source root is not a work tree's top
/// or has no remote, since SARIF requires a repository URI.
/// </summary>
internal sealed record GitWorkTree(string RepositoryUri, string? RevisionId, string? Branch)
{
    public static GitWorkTree? Find(string sourceRoot)
    {
        var git = Path.Combine(sourceRoot, ".git");
        if (!Directory.Exists(git))
        {
            return null;
        }

        try
        {
            var url = RemoteUrl(Path.Combine(git, "config"));
            if (url is null)
            {
                return null;
            }

            var head = File.ReadAllText(Path.Combine(git, "HEAD")).Trim();
            if (!head.StartsWith("ref: ", StringComparison.Ordinal))
            {
                return new GitWorkTree(url, head, null);
            }

            var reference = head[5..];
            var branch = reference.StartsWith("refs/heads/", StringComparison.Ordinal) ? reference["refs/heads/".Length..] : null;
            return new GitWorkTree(url, Resolve(git, reference), branch);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string? RemoteUrl(string config)
    {
        if (!File.Exists(config))
        {
            return null;
        }

        var inOrigin = false;
        foreach (var raw in File.ReadLines(config))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                inOrigin = line == "[remote \"origin\"]";
            }
            else if (inOrigin && line.StartsWith("url", StringComparison.Ordinal) && line.IndexOf('=', StringComparison.Ordinal) is var eq and > 0)
            {
                return WebUri(line[(eq + 1)..].Trim());
            }
        }

        return null;
    }

    /// <summary>The remote as a web URI without credentials; scp-like <c>git@host:org/repo.git</c> becomes https.</summary>
    internal static string? WebUri(string url)
    {
        if (!url.Contains("://", StringComparison.Ordinal) && url.IndexOf('@', StringComparison.Ordinal) is var at and > 0
            && url.IndexOf(':', at) is var colon and > 0)
        {
            url = $"https://{url[(at + 1)..colon]}/{url[(colon + 1)..]}";
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" or "ssh"
            ? new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty, Scheme = uri.Scheme == "ssh" ? "https" : uri.Scheme, Port = -1 }.Uri.ToString()
            : null;
    }

    private static string? Resolve(string git, string reference)
    {
        var loose = Path.Combine(git, reference.Replace('/', Path.DirectorySeparatorChar));
        if (File.Exists(loose))
        {
            return File.ReadAllText(loose).Trim();
        }

        var packed = Path.Combine(git, "packed-refs");
        return File.Exists(packed)
            ? File.ReadLines(packed).Select(l => l.Split(' ')).FirstOrDefault(p => p.Length == 2 && p[1] == reference)?[0]
            : null;
    }
}
