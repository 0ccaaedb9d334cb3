using System.Text;

namespace B2BRules.Cli.Tests;

/// <summary>Hostile batches: each gets a clear finding or error (exit 1 or 2), never a stack trace, in bounded time and memory.</summary>
public sealed class HostileBatchTests
{
    public static TheoryData<string, int, string> Cases() => new()
    {
        { "empty", 1, "B2B0101  The file is empty" },
        { "binary", 1, "B2B0101" },
        { "latin1", 1, "B2B0111" },
        { "bigcell", 1, "B2B0100" },
        { "commas", 1, "B2B0100" },
        { "unbalanced", 1, "B2B0100  The record is malformed: a quoted cell is never closed" },
        { "nul", 1, "B2B0105" },
        { "columns", 0, "B2B0103" },
        { "header-only", 0, "0 errors, 0 warnings, 0 notes in 1 file (0 rows checked)" },
    };

    private static void Write(string path, string name)
    {
        var latin1 = Encoding.Latin1;
        switch (name)
        {
            case "empty": File.WriteAllBytes(path, []); break;
            case "binary": File.WriteAllBytes(path, [.. Enumerable.Range(0, 100_000).Select(i => (byte)(i * 7919 % 251))]); break;
            case "latin1": File.WriteAllBytes(path, latin1.GetBytes("Email,DisplayName\njürgen@fabrikam.com,Jürgen Müller\n")); break;
            case "bigcell": File.WriteAllText(path, "Email,DisplayName\nann@fabrikam.com," + new string('x', 50_000_000) + "\n"); break;
            case "commas": File.WriteAllText(path, "Email,DisplayName\n" + new string(',', 10_000_000) + "\n"); break;
            case "unbalanced": File.WriteAllText(path, "Email,DisplayName\nann@fabrikam.com,\"Ann\n"); break;
            case "nul": File.WriteAllText(path, "Email,DisplayName\nann@fab\0rikam.com,Ann\n"); break;
            case "columns": File.WriteAllText(path, string.Join(',', new[] { "Email", "DisplayName" }.Concat(Enumerable.Range(0, 100_000).Select(i => $"c{i}"))) + "\nann@fabrikam.com,Ann" + new string(',', 100_000) + "\n"); break;
            default: File.WriteAllText(path, "Email,DisplayName\n"); break;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_batches_get_a_clear_finding(string name, int exitCode, string expected)
    {
        var dir = Repository.TempDirectory();
        Write(Path.Combine(dir, "batch.csv"), name);
        File.WriteAllText(Path.Combine(dir, "rules.yaml"), "policy: { guestLifecycle: { accessReviews: true } }\n");
        var (code, stdout, stderr) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir);
        code.ShouldBe(exitCode, stdout + stderr);
        stdout.ShouldContain(expected);
        (stdout + stderr).ShouldNotContain("   at "); // no stack trace
    }

    [Fact]
    public void A_directory_or_a_missing_path_is_a_usage_error()
    {
        var dir = Repository.TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir, "folder.csv"));
        Repository.RunCli(dir, "check", "folder.csv", "--source-root", dir).ExitCode.ShouldBe(2);
        Repository.RunCli(dir, "check", "nowhere.csv", "--source-root", dir).ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Sarif_never_carries_a_machine_path()
    {
        var dir = Repository.TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir, "sub dir"));
        File.WriteAllText(Path.Combine(dir, "sub dir", "batch.csv"), "Email,DisplayName\nwalter@gmail.com,Walter\n");
        File.WriteAllText(Path.Combine(dir, "rules.yaml"), "rules: { B2B001: off }\n");
        Repository.RunCli(dir, "check", ".", "--source-root", dir, "--rules", Path.Combine(dir, "rules.yaml"), "--output", "sarif=out.sarif");
        var sarif = File.ReadAllText(Path.Combine(dir, "out.sarif"));
        sarif.ShouldNotContain(dir);
        if (Environment.MachineName.Length >= 6)
        {
            sarif.ShouldNotContain(Environment.MachineName);
        }

        sarif.ShouldContain("\"uri\": \"sub%20dir/batch.csv\"");
        sarif.ShouldNotContain("file:");
    }
}
