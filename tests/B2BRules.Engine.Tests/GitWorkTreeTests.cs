using B2BRules.Engine.Sarif;

namespace B2BRules.Engine.Tests;

/// <summary>versionControlProvenance comes from the work tree's .git folder, never with credentials or a machine path.</summary>
public sealed class GitWorkTreeTests
{
    [Theory]
    [InlineData("https://user:token@github.com/acme/batches.git", "https://github.com/acme/batches.git")]
    [InlineData("git@github.com:acme/batches.git", "https://github.com/acme/batches.git")]
    [InlineData("ssh://git@dev.azure.com/v3/acme/b2b/batches", "https://dev.azure.com/v3/acme/b2b/batches")]
    [InlineData("/srv/git/batches.git", null)]
    [InlineData("../batches", null)]
    public void Remote_urls_become_web_uris_without_credentials(string url, string? expected) =>
        GitWorkTree.WebUri(url).ShouldBe(expected);

    [Fact]
    public void Branch_and_commit_are_read_from_head_and_refs()
    {
        var root = Directory.CreateTempSubdirectory("b2brules-git-").FullName;
        var git = Directory.CreateDirectory(Path.Combine(root, ".git")).FullName;
        File.WriteAllText(Path.Combine(git, "config"), "[core]\n\tbare = false\n[remote \"origin\"]\n\turl = git@github.com:acme/batches.git\n");
        File.WriteAllText(Path.Combine(git, "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Combine(git, "packed-refs"), "# pack-refs with: peeled\n0123456789abcdef0123456789abcdef01234567 refs/heads/main\n");
        GitWorkTree.Find(root).ShouldBe(new GitWorkTree("https://github.com/acme/batches.git", "0123456789abcdef0123456789abcdef01234567", "main"));
        GitWorkTree.Find(Path.Combine(root, "sub")).ShouldBeNull();
    }
}
