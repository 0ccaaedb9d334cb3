using System.Diagnostics;

namespace B2BRules.Cli.Tests;

/// <summary>The graph adapter against a loopback Graph: exactly once, retries, clean stops, and crash recovery.</summary>
public sealed class GraphTests
{
    private const string Header = "version:v1.0,,,\nEmail [inviteeEmail] Required,Url [inviteRedirectURL] Required,Send [sendEmail],Message [customizedMessageBody]\n";
    private static readonly string[] Good = [.. Enumerable.Range(1, 10).Select(i => $"ok{i}@fabrikam.com"), "throttle@fabrikam.com", "flaky@fabrikam.com"];

    private static string Setup(IEnumerable<string> emails)
    {
        var dir = Repository.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "rules.yaml"), "extends: builtin:entra\npolicy: { guestLifecycle: { accessReviews: true } }\n");
        File.WriteAllText(Path.Combine(dir, "batch.csv"), Header + string.Concat(emails.Select(e => $"{e},https://myapps.microsoft.com,true,Welcome\n")));
        return dir;
    }

    private static string[] Apply(string dir, FakeGraph graph, string rate = "60000") =>
    [
        "apply", "--adapter", "graph", "batch.csv", "--source-root", dir, "--rules", "rules.yaml", "--fail-on", "never",
        "--graph-endpoint", graph.Endpoint, "--journal", Path.Combine(dir, "journal.db"), "--rate", rate, "--setting", "retryDelayMs=10",
    ];

    private static readonly Dictionary<string, string> Token = new() { ["B2BRULES_GRAPH_TOKEN"] = "test-token" };

    [Fact]
    public async Task Every_sendable_row_is_invited_exactly_once_through_429s_and_503s_and_held_or_skipped_rows_never()
    {
        await using var graph = await FakeGraph.StartAsync();
        var dir = Setup([.. Good, "bad@fabrikam.com", "info@northwind.com", "sam+x@fabrikam.com"]);
        var (code, stdout, stderr) = Repository.RunCli(dir, Token, Apply(dir, graph));
        code.ShouldBe(0, stdout + stderr);
        stdout.ShouldContain("batch.csv: 13 to send, 1 to hold, 1 to skip");
        stdout.ShouldContain("done: 12 sent, 1 held, 1 skipped, 1 failed");
        graph.LastAuthorization.ShouldBe("Bearer test-token");
        foreach (var email in Good)
        {
            graph.Invited.ShouldContain(email);
        }

        graph.Posts["throttle@fabrikam.com"].ShouldBe(2); // one 429, then the retry after Retry-After
        graph.Posts["flaky@fabrikam.com"].ShouldBe(2);    // one 503, then the retry
        graph.Posts.Keys.ShouldNotContain("info@northwind.com"); // held: B2B0002 is a warning under builtin:entra
        graph.Posts.Keys.ShouldNotContain("sam+x@fabrikam.com");
        var results = File.ReadAllLines(Path.Combine(dir, "batch.results.csv"));
        results.ShouldContain(l => l.Contains("bad@fabrikam.com,failed,,,,BadRequest,The Primary SMTP Address is an invalid value.", StringComparison.Ordinal));
        results.Count(l => l.Contains(",sent,", StringComparison.Ordinal)).ShouldBe(12);

        var (again, secondOut, _) = Repository.RunCli(dir, Token, Apply(dir, graph));
        again.ShouldBe(0);
        secondOut.ShouldContain("done: 12 sent, 1 held, 1 skipped, 1 failed");
        graph.Posts.Where(p => p.Key.StartsWith("ok", StringComparison.Ordinal)).ShouldAllBe(p => p.Value == 1); // the journal stops a second invitation
        stdout.ShouldNotContain("test-token");
    }

    [Fact]
    public async Task A_403_stops_the_run_cleanly_with_exit_4_and_the_same_command_resumes()
    {
        await using var graph = await FakeGraph.StartAsync();
        var dir = Setup(Good.Take(5));
        graph.BlockAll = true;
        var (code, stdout, _) = Repository.RunCli(dir, Token, Apply(dir, graph));
        code.ShouldBe(4, stdout);
        stdout.ShouldContain("stopped: 403 Forbidden: Invitations are blocked for this directory due to suspicious activity.");
        graph.Invited.ShouldBeEmpty();

        graph.BlockAll = false;
        var (resumed, resumedOut, _) = Repository.RunCli(dir, Token, Apply(dir, graph));
        resumed.ShouldBe(0, resumedOut);
        resumedOut.ShouldContain("done: 5 sent");
        graph.Invited.Count.ShouldBe(5);
    }

    [Fact]
    public async Task Without_a_token_nothing_is_sent_and_the_run_stops_with_exit_4()
    {
        await using var graph = await FakeGraph.StartAsync();
        var dir = Setup(Good.Take(2));
        var (code, stdout, _) = Repository.RunCli(dir, new Dictionary<string, string> { ["B2BRULES_GRAPH_TOKEN"] = string.Empty }, Apply(dir, graph));
        code.ShouldBe(4);
        stdout.ShouldContain("stopped: no credentials: set B2BRULES_GRAPH_TOKEN");
        graph.Posts.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("client-credentials", "auth=client-credentials needs AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET")]
    [InlineData("kerberos", "--setting auth=kerberos is not one of: token, client-credentials, device-code, managed-identity")]
    public async Task Azure_identity_settings_that_cannot_work_stop_before_any_network_call(string auth, string message)
    {
        await using var graph = await FakeGraph.StartAsync();
        var dir = Setup(Good.Take(2));
        var noSecrets = new Dictionary<string, string> { ["B2BRULES_GRAPH_TOKEN"] = string.Empty, ["AZURE_TENANT_ID"] = string.Empty, ["AZURE_CLIENT_ID"] = string.Empty, ["AZURE_CLIENT_SECRET"] = string.Empty };
        var (code, stdout, _) = Repository.RunCli(dir, noSecrets, [.. Apply(dir, graph), "--setting", $"auth={auth}"]);
        code.ShouldBe(4);
        stdout.ShouldContain(message);
        graph.Posts.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_2016_preview_profile_refuses_the_graph_adapter()
    {
        await using var graph = await FakeGraph.StartAsync();
        var dir = Setup(Good.Take(2));
        File.WriteAllText(Path.Combine(dir, "rules.yaml"), "extends: builtin:preview-2016\npolicy: { guestLifecycle: { accessReviews: true } }\n");
        var (_, stdout, _) = Repository.RunCli(dir, Token, Apply(dir, graph));
        stdout.ShouldContain("refused: this policy does not allow invitations through the API");
        stdout.ShouldContain("use --adapter entra-csv");
        graph.Posts.ShouldBeEmpty();
    }

    [Fact]
    public async Task Killed_at_random_points_and_restarted_no_one_is_invited_twice_and_no_row_is_lost()
    {
        await using var graph = await FakeGraph.StartAsync();
        graph.Latency = TimeSpan.FromMilliseconds(40); // widen the window between request and journal update
        var emails = Enumerable.Range(1, 20).Select(i => $"crash{i}@fabrikam.com").ToList();
        var dir = Setup(emails);
        var random = new Random(20261127);
        var midRunKills = 0;
        for (var attempt = 0; attempt < 8 && graph.Invited.Count < emails.Count; attempt++)
        {
            using var process = Repository.StartCli(dir, Token, Apply(dir, graph, rate: "600"));
            var killAfter = TimeSpan.FromMilliseconds(random.Next(400, 1600));
            if (!process.WaitForExit(killAfter))
            {
                var before = graph.Invited.Count;
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
                midRunKills += before is > 0 and < 20 ? 1 : 0;
            }
        }

        midRunKills.ShouldBeGreaterThan(0, "no run was killed while it was sending");

        var (code, stdout, _) = Repository.RunCli(dir, Token, Apply(dir, graph, rate: "6000"));
        code.ShouldBe(0, stdout);
        stdout.ShouldContain("done: 20 sent");
        graph.Invited.Count.ShouldBe(20);
        graph.Posts.Values.ShouldAllBe(n => n == 1, "an invitee was sent two invitations");
    }
}
