using Microsoft.Data.Sqlite;

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
        graph.CallerRefusal = ("Forbidden", "Invitations are blocked for this directory due to suspicious activity. Please contact Microsoft support for help.");
        var (code, stdout, _) = Repository.RunCli(dir, Token, Apply(dir, graph));
        code.ShouldBe(4, stdout);
        stdout.ShouldContain("stopped: 403 Forbidden: Invitations are blocked for this directory due to suspicious activity.");
        graph.Invited.ShouldBeEmpty();

        graph.CallerRefusal = null;
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

    private const string TenantA = "11111111-1111-1111-1111-11111111111a";
    private const string TenantB = "22222222-2222-2222-2222-22222222222b";

    /// <summary>
    /// Graph serves every tenant from one host. The journal used to key tenants by that host, so an address invited in
    /// tenant A was silently skipped in tenant B; it keys them by ID now, from the token's tid claim or GET /organization.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task One_address_is_invited_in_each_of_two_tenants_on_one_endpoint(bool tokensCarryTid)
    {
        await using var graph = await FakeGraph.StartAsync();
        var (tokenA, tokenB) = tokensCarryTid ? (FakeGraph.TokenFor(TenantA), FakeGraph.TokenFor(TenantB)) : ("opaque-a", "opaque-b");
        graph.AddToken("opaque-a", TenantA);
        graph.AddToken("opaque-b", TenantB);
        var dir = Setup(["maria.lopez@fabrikam.com"]);

        var (codeA, outA, _) = Repository.RunCli(dir, new Dictionary<string, string> { ["B2BRULES_GRAPH_TOKEN"] = tokenA }, Apply(dir, graph));
        var (codeB, outB, _) = Repository.RunCli(dir, new Dictionary<string, string> { ["B2BRULES_GRAPH_TOKEN"] = tokenB }, Apply(dir, graph));

        (codeA, codeB).ShouldBe((0, 0), outA + outB);
        graph.InvitedIn(TenantA).ShouldBe(["maria.lopez@fabrikam.com"]);
        graph.InvitedIn(TenantB).ShouldBe(["maria.lopez@fabrikam.com"]);
        graph.Posts["maria.lopez@fabrikam.com"].ShouldBe(2);
        var (again, _, _) = Repository.RunCli(dir, new Dictionary<string, string> { ["B2BRULES_GRAPH_TOKEN"] = tokenB }, Apply(dir, graph));
        again.ShouldBe(0);
        graph.Posts["maria.lopez@fabrikam.com"].ShouldBe(2, "still never twice in one tenant");
    }

    [Fact]
    public async Task A_token_without_tid_where_the_organization_cannot_be_read_stops_before_sending()
    {
        await using var graph = await FakeGraph.StartAsync();
        graph.HideOrganization = true;
        var dir = Setup(Good.Take(2));
        var (code, stdout, _) = Repository.RunCli(dir, Token, Apply(dir, graph));
        code.ShouldBe(4, stdout);
        stdout.ShouldContain("cannot tell which tenant to invite into: the token has no 'tid' claim and GET /organization failed (403 Authorization_RequestDenied: Insufficient privileges to complete the operation.); pass --setting tenant=<tenant ID>");
        graph.Posts.ShouldBeEmpty();

        var (named, namedOut, _) = Repository.RunCli(dir, Token, [.. Apply(dir, graph), "--setting", $"tenant={TenantA}"]);
        named.ShouldBe(0, namedOut);
        graph.Invited.Count.ShouldBe(2);
    }

    /// <summary>
    /// A journal from before tenants were keyed by ID holds entries under the endpoint's host. An address in it is looked
    /// up in this tenant before anything is sent: invited here already, it is not sent again; not here, it is invited.
    /// </summary>
    [Fact]
    public async Task Entries_of_a_journal_keyed_by_host_are_looked_up_in_the_tenant_not_trusted_or_ignored()
    {
        await using var graph = await FakeGraph.StartAsync();
        var dir = Setup(["here@fabrikam.com", "elsewhere@fabrikam.com", "new@fabrikam.com"]);
        graph.AddUser(FakeGraph.DefaultTenant, new FakeGraph.FakeUser("here_fabrikam.com#EXT#@contoso.onmicrosoft.com", "here@fabrikam.com", ["SMTP:here@fabrikam.com"], []));
        var host = new Uri(graph.Endpoint).GetLeftPart(UriPartial.Authority);
        Journal(dir, JournalTable + $"""
            INSERT INTO invitations (tenant, email, batch, state, updated_utc) VALUES
              ('{host}', 'here@fabrikam.com', 'old', 'Sent', '2026-11-01'), ('{host}', 'elsewhere@fabrikam.com', 'old', 'Sent', '2026-11-01');
            """);

        var (code, stdout, _) = Repository.RunCli(dir, Token, Apply(dir, graph));

        code.ShouldBe(0, stdout);
        stdout.ShouldContain("2 address(es) are in the journal from before it kept tenants apart");
        stdout.ShouldContain("done: 3 sent");
        graph.Posts.Keys.ShouldNotContain("here@fabrikam.com");
        graph.Posts["elsewhere@fabrikam.com"].ShouldBe(1);
        graph.Posts["new@fabrikam.com"].ShouldBe(1);
    }

    /// <summary>After a crash the invitee is looked up by every address Microsoft documents, not mail and otherMails only.</summary>
    [Theory]
    [InlineData("upn")]
    [InlineData("SMTP:")]
    [InlineData("smtp:")]
    [InlineData("otherMails")]
    public async Task A_row_left_sending_is_found_by_upn_proxy_address_or_other_mails_and_not_sent_again(string how)
    {
        await using var graph = await FakeGraph.StartAsync();
        const string email = "ana.silva@fabrikam.com";
        graph.AddUser(FakeGraph.DefaultTenant, how switch
        {
            "upn" => new FakeGraph.FakeUser(email, null, [], []),
            "otherMails" => new FakeGraph.FakeUser("x_fabrikam.com#EXT#@contoso.onmicrosoft.com", null, [], [email]),
            _ => new FakeGraph.FakeUser("x_fabrikam.com#EXT#@contoso.onmicrosoft.com", null, [how + email], []),
        });
        var dir = Setup([email]);
        Journal(dir, JournalTable + $"INSERT INTO invitations (tenant, email, batch, state, updated_utc) VALUES ('{FakeGraph.DefaultTenant}', '{email}', 'b', 'Sending', '2026-12-01');");

        var (code, stdout, _) = Repository.RunCli(dir, Token, Apply(dir, graph));

        code.ShouldBe(0, stdout);
        stdout.ShouldContain("recovered an invitation sent before a crash");
        stdout.ShouldContain("done: 1 sent");
        graph.Posts.ShouldBeEmpty();
    }

    /// <summary>A refusal about one invitee fails that row and the run goes on; it used to stop the run, and the same row blocked every resume.</summary>
    [Fact]
    public async Task A_403_or_400_about_one_invitee_fails_that_row_and_the_rest_are_invited()
    {
        await using var graph = await FakeGraph.StartAsync();
        var dir = Setup(["ok1@fabrikam.com", "xtenant@tailspin.example", "bad@fabrikam.com", "ok2@fabrikam.com"]);
        var (code, stdout, _) = Repository.RunCli(dir, Token, Apply(dir, graph));
        code.ShouldBe(0, stdout);
        stdout.ShouldContain("done: 2 sent, 0 held, 0 skipped, 2 failed");
        stdout.ShouldContain("refused record 2: 403 Forbidden: This invitation is blocked by cross-tenant access settings.");
        graph.Invited.ShouldBe(["ok1@fabrikam.com", "ok2@fabrikam.com"], ignoreOrder: true);
        File.ReadAllLines(Path.Combine(dir, "batch.results.csv")).ShouldContain(l => l.Contains("xtenant@tailspin.example,failed,,,,Forbidden,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_row_is_sent_again_only_when_asked()
    {
        await using var graph = await FakeGraph.StartAsync();
        var dir = Setup(["ok1@fabrikam.com", "ken@tailspin.example"]);
        graph.BlockedByPartner["ken@tailspin.example"] = true;
        Repository.RunCli(dir, Token, Apply(dir, graph)).Stdout.ShouldContain("done: 1 sent, 0 held, 0 skipped, 1 failed");

        graph.BlockedByPartner.Clear(); // the partner allowed the invitation
        Repository.RunCli(dir, Token, Apply(dir, graph)).Stdout.ShouldContain("done: 1 sent, 0 held, 0 skipped, 1 failed");
        graph.Posts["ken@tailspin.example"].ShouldBe(1);

        var (code, stdout, _) = Repository.RunCli(dir, Token, [.. Apply(dir, graph), "--setting", "retryFailed=true"]);
        code.ShouldBe(0, stdout);
        stdout.ShouldContain("done: 2 sent, 0 held, 0 skipped, 0 failed");
        graph.InvitedIn(FakeGraph.DefaultTenant).ShouldBe(["ok1@fabrikam.com", "ken@tailspin.example"], ignoreOrder: true);
        graph.Posts["ok1@fabrikam.com"].ShouldBe(1);
    }

    [Theory]
    [InlineData("Authorization_RequestDenied", "Insufficient privileges to complete the operation.")]
    [InlineData("Forbidden", "Guest invitations not allowed for your company. Contact your company administrator for more details.")]
    public async Task A_403_refusing_the_caller_stops_the_run_with_exit_4_and_leaves_the_row_pending(string code, string message)
    {
        await using var graph = await FakeGraph.StartAsync();
        var dir = Setup(Good.Take(3));
        graph.CallerRefusal = (code, message);
        var (exit, stdout, _) = Repository.RunCli(dir, Token, Apply(dir, graph));
        exit.ShouldBe(4, stdout);
        stdout.ShouldContain($"stopped: 403 {code}: {message}");
        graph.Posts.Count.ShouldBe(1, "the run stops at the first refusal of the caller");

        graph.CallerRefusal = null;
        var (resumed, resumedOut, _) = Repository.RunCli(dir, Token, Apply(dir, graph));
        resumed.ShouldBe(0, resumedOut);
        graph.Invited.Count.ShouldBe(3);
    }

    /// <summary>A 403 that names neither side fails its row; the same twice running is the caller, and both rows stay pending.</summary>
    [Fact]
    public async Task Two_unexplained_403s_running_stop_the_run_and_release_both_rows()
    {
        await using var graph = await FakeGraph.StartAsync();
        var dir = Setup(Good.Take(3));
        graph.CallerRefusal = ("Forbidden", "Access denied.");
        var (exit, stdout, _) = Repository.RunCli(dir, Token, Apply(dir, graph));
        exit.ShouldBe(4, stdout);
        stdout.ShouldContain("stopped: 403 Forbidden: Access denied. (and record 1 before it: not about one invitee)");
        stdout.ShouldContain("done: 0 sent, 0 held, 0 skipped, 0 failed");

        graph.CallerRefusal = null;
        var (resumed, resumedOut, _) = Repository.RunCli(dir, Token, Apply(dir, graph));
        resumed.ShouldBe(0, resumedOut);
        resumedOut.ShouldContain("done: 3 sent, 0 held, 0 skipped, 0 failed");
    }

    [Fact]
    public async Task Requests_carry_content_length_not_chunked_bodies()
    {
        await using var graph = await FakeGraph.StartAsync();
        var dir = Setup(Good.Take(3));
        Repository.RunCli(dir, Token, Apply(dir, graph)).ExitCode.ShouldBe(0);
        graph.Posts.Count.ShouldBe(3);
        graph.RequestsWithoutContentLength.ShouldBe(0);
    }

    /// <summary>Both adapters map a batch the same way: a 2016 batch (no sendEmail column) and a blank cell both mean true.</summary>
    [Fact]
    public async Task A_2016_batch_and_a_blank_send_email_cell_send_the_invitation_message_as_entra_csv_writes_it()
    {
        await using var graph = await FakeGraph.StartAsync();
        var dir = Setup([]);
        File.WriteAllText(Path.Combine(dir, "batch.csv"), "Email,DisplayName,InvitationText\nann@fabrikam.com,Ann Lee,Welcome Ann\n");
        File.WriteAllText(Path.Combine(dir, "blank.csv"), Header + "bob@fabrikam.com,https://myapps.microsoft.com,,Welcome Bob\n");
        Repository.RunCli(dir, Token, Apply(dir, graph)).ExitCode.ShouldBe(0);
        Repository.RunCli(dir, Token, [.. Apply(dir, graph).Select(a => a == "batch.csv" ? "blank.csv" : a)]).ExitCode.ShouldBe(0);
        Repository.RunCli(dir, "apply", "--adapter", "entra-csv", "batch.csv", "blank.csv", "--source-root", dir, "--rules", "rules.yaml", "--fail-on", "never").ExitCode.ShouldBe(0);

        var ann = graph.BodyFor("ann@fabrikam.com");
        ann["sendInvitationMessage"]!.GetValue<bool>().ShouldBeTrue();
        ann["invitedUserDisplayName"]!.GetValue<string>().ShouldBe("Ann Lee");
        ann["inviteRedirectUrl"]!.GetValue<string>().ShouldBe("https://myapplications.microsoft.com");
        graph.BodyFor("bob@fabrikam.com")["sendInvitationMessage"]!.GetValue<bool>().ShouldBeTrue();
        File.ReadAllLines(Path.Combine(dir, "batch.part-001.csv"))[2].ShouldBe("ann@fabrikam.com,https://myapplications.microsoft.com,true,Welcome Ann");
        File.ReadAllLines(Path.Combine(dir, "blank.part-001.csv"))[2].ShouldBe("bob@fabrikam.com,https://myapps.microsoft.com,true,Welcome Bob");
    }

    /// <summary>The journal's table as the adapter creates it (the adapter adds nothing to a table that exists).</summary>
    private const string JournalTable = """
        CREATE TABLE invitations (tenant TEXT NOT NULL, email TEXT NOT NULL, batch TEXT NOT NULL, state TEXT NOT NULL,
          invitation_id TEXT, status TEXT, redeem_url TEXT, error_code TEXT, error_message TEXT, updated_utc TEXT NOT NULL,
          PRIMARY KEY (tenant, email));

        """;

    /// <summary>Runs SQL against the run's journal file (creating it), as an earlier version or a crash would have left it.</summary>
    private static void Journal(string dir, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(dir, "journal.db"), Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
