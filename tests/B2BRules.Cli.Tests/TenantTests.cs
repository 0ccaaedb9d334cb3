using System.Text;
using System.Text.Json;
using B2BRules.Testing;

namespace B2BRules.Cli.Tests;

/// <summary>
/// tenant pull against a loopback Graph, tenant import from a users download, tenant show, and check --tenant on a batch
/// with one row for each directory verdict: the verdicts Entra would give, from a file that holds no address in clear.
/// </summary>
public sealed class TenantTests
{
    private const string Tailspin = "aaaaaaaa-0000-0000-0000-0000000000ts";
    private const string Fabrikam = "bbbbbbbb-0000-0000-0000-0000000000fb";
    private static readonly Dictionary<string, string> Token = new() { ["B2BRULES_GRAPH_TOKEN"] = "test-token" };

    /// <summary>Row by row: the member, two guests, an own-domain address, a denied domain, a blocked partner, a clean row.</summary>
    private static readonly (string Email, string[] Expected)[] Rows =
    [
        ("maria@adatum.com", ["B2B0008"]),
        ("pending.guest@fabrikam.com", ["B2B0009"]),
        ("accepted.guest@fabrikam.com", ["B2B0009"]),
        ("new.hire@contoso.com", ["B2B0010"]),
        ("sam@rival.example", ["B2B0011"]),
        ("ann@tailspin.example", ["B2B0012"]),
        ("clean@fabrikam.com", []),
    ];

    private static readonly string[] Addresses = ["maria@contoso.com", "maria@adatum.com", "pending.guest@fabrikam.com", "accepted.guest@fabrikam.com", "ken.member@contoso.com"];

    private static async Task<FakeGraph> TenantAsync()
    {
        var graph = await FakeGraph.StartAsync();
        graph.AddUser(FakeGraph.DefaultTenant, new("maria@contoso.com", "maria@contoso.com", ["SMTP:maria@contoso.com", "smtp:maria@adatum.com"], []));
        graph.AddUser(FakeGraph.DefaultTenant, new("ken.member@contoso.com", "ken.member@contoso.com", [], []));
        graph.AddUser(FakeGraph.DefaultTenant, new("pending.guest_fabrikam.com#EXT#@contoso.onmicrosoft.com", "pending.guest@fabrikam.com", [], [], "Guest", "PendingAcceptance"));
        graph.AddUser(FakeGraph.DefaultTenant, new("accepted.guest_fabrikam.com#EXT#@contoso.onmicrosoft.com", "accepted.guest@fabrikam.com", [], [], "Guest", "Accepted"));
        var settings = graph.Settings(FakeGraph.DefaultTenant);
        settings.Domains = [("contoso.com", true), ("contoso.onmicrosoft.com", true)];
        settings.B2BManagementPolicy = """{"B2BManagementPolicy":{"InvitationsAllowedAndBlockedDomainsPolicy":{"AllowedDomains":[],"BlockedDomains":["rival.example"]}}}""";
        settings.CrossTenantPartners = [FakeGraph.Inbound("blocked", "AllUsers", null, Tailspin), FakeGraph.Inbound("allowed", "AllUsers", true, Fabrikam), FakeGraph.Inbound("allowed", "AllUsers", null, "cccccccc-0000-0000-0000-000000000003")];
        graph.DomainBelongsTo("fabrikam.com", Fabrikam);
        graph.DomainBelongsTo("tailspin.example", Tailspin);
        graph.DomainBelongsTo("contoso.com", FakeGraph.DefaultTenant);
        graph.DomainBelongsTo("adatum.com", "dddddddd-0000-0000-0000-000000000004");
        graph.PageSize = 2;
        graph.ThrottleSecondUsersPage = true;
        return graph;
    }

    private static string Setup()
    {
        var dir = Repository.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "batch.csv"), EntraHeader + string.Concat(Rows.Select(r => $"{r.Email},https://myapps.microsoft.com,true,Welcome\n")));
        File.WriteAllText(Path.Combine(dir, "rules.yaml"), "extends: builtin:entra\npolicy: { guestLifecycle: { accessReviews: true } }\n");
        return dir;
    }

    private const string EntraHeader = "version:v1.0,,,\nEmail [inviteeEmail] Required,Url [inviteRedirectURL] Required,Send [sendEmail],Message [customizedMessageBody]\n";

    private static string[] Pull(FakeGraph graph, string dir, params string[] more) =>
        ["tenant", "pull", "--graph-endpoint", graph.Endpoint, "--for", "batch.csv", "--source-root", dir, "--setting", "retryDelayMs=10", .. more];

    /// <summary>The directory rule IDs reported on each row, from check's JSON report.</summary>
    private static Dictionary<string, string[]> Verdicts(string dir, string snapshot)
    {
        var (code, stdout, stderr) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir, "--tenant", snapshot, "--format", "json", "--fail-on", "never");
        code.ShouldBe(0, stdout + stderr);
        using var json = JsonDocument.Parse(stdout);
        var lines = File.ReadAllLines(Path.Combine(dir, "batch.csv"));
        var findings = json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray()
            .Select(f => (Id: f.GetProperty("ruleId").GetString()!, Line: f.GetProperty("line").GetInt32()))
            .Where(f => string.CompareOrdinal(f.Id, "B2B0008") >= 0 && string.CompareOrdinal(f.Id, "B2B0013") <= 0)
            .ToList();
        findings.ShouldNotContain(f => f.Id == "B2B0013", "the snapshot is fresh, complete and resolves every domain");
        return Rows.Select((r, i) => (r.Email, Ids: findings.Where(f => f.Line == i + 3).Select(f => f.Id).Order(StringComparer.Ordinal).ToArray()))
            .ToDictionary(r => r.Email, r => r.Ids);
    }

    [Fact]
    public async Task A_pulled_snapshot_holds_no_address_in_clear_and_check_gives_each_directory_verdict_on_its_row()
    {
        await using var graph = await TenantAsync();
        var dir = Setup();
        var (code, stdout, stderr) = Repository.RunCli(dir, Token, Pull(graph, dir));
        code.ShouldBe(0, stdout + stderr);
        graph.UsersPagesServed.ShouldBe(2, "four users, two a page: every @odata.nextLink followed, through a 429");
        stdout.ShouldContain("users:                      4 (");
        stdout.ShouldContain("unknown facts:              none");

        var snapshot = Path.Combine(dir, "tenant.snapshot.json");
        var text = File.ReadAllText(snapshot);
        foreach (var address in Addresses)
        {
            text.ShouldNotContain(address, Case.Insensitive);
            text.ShouldNotContain(address.Split('@')[0] + "@", Case.Insensitive);
        }

        stdout.ShouldNotContain("maria@");
        var verdicts = Verdicts(dir, snapshot);
        foreach (var (email, expected) in Rows)
        {
            verdicts[email].ShouldBe(expected, email);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(snapshot).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite, "the snapshot is readable by its owner only");
        }
    }

    [Fact]
    public async Task A_fact_graph_refuses_is_unknown_and_named_and_the_pull_still_succeeds()
    {
        await using var graph = await TenantAsync();
        graph.Settings(FakeGraph.DefaultTenant).B2BManagementPolicy = null;   // beta not answering
        graph.Settings(FakeGraph.DefaultTenant).CrossTenantPartners = null;   // 403
        var dir = Setup();
        var (code, stdout, _) = Repository.RunCli(dir, Token, Pull(graph, dir));
        code.ShouldBe(0, stdout);
        stdout.ShouldContain("unknown: collaboration restrictions (Graph beta: policies/b2bManagementPolicies): 404 Request_ResourceNotFound: Resource not found. (needs Policy.Read.B2BManagementPolicy)");
        stdout.ShouldContain("unknown: cross-tenant access settings: 403 Authorization_RequestDenied: Insufficient privileges to complete the operation. (needs Policy.Read.All)");
        stdout.ShouldContain("unknown facts:              crossTenantAccess, collaborationRestrictions (Graph did not give them)");

        var (_, report, _) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir, "--tenant", "tenant.snapshot.json", "--fail-on", "never");
        report.ShouldContain("does not hold the collaboration restrictions (Graph did not give it): B2B0011 cannot judge this batch");
    }

    [Fact]
    public async Task When_the_users_cannot_be_read_the_pull_stops_with_exit_4_and_the_old_snapshot_stays()
    {
        await using var graph = await TenantAsync();
        var dir = Setup();
        var old = new TenantSnapshotBuilder().Member("someone@contoso.com").Write(Path.Combine(dir, "tenant.snapshot.json"));
        var before = File.ReadAllBytes(old);
        graph.HideUsers = true;
        var (code, stdout, _) = Repository.RunCli(dir, Token, Pull(graph, dir));
        code.ShouldBe(4, stdout);
        stdout.ShouldContain("stopped: the users cannot be read: 403 Authorization_RequestDenied");
        File.ReadAllBytes(old).ShouldBe(before);
    }

    [Fact]
    public async Task A_pull_killed_while_reading_users_leaves_the_old_snapshot_whole()
    {
        await using var graph = await TenantAsync();
        for (var i = 0; i < 40; i++)
        {
            graph.AddUser(FakeGraph.DefaultTenant, new($"user{i}@contoso.com", $"user{i}@contoso.com", [], []));
        }

        graph.UsersPageLatency = TimeSpan.FromMilliseconds(150);
        var dir = Setup();
        var old = new TenantSnapshotBuilder().Member("someone@contoso.com").Write(Path.Combine(dir, "tenant.snapshot.json"));
        var before = File.ReadAllBytes(old);
        using var process = Repository.StartCli(dir, Token, Pull(graph, dir));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (graph.UsersPagesServed < 3 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        graph.UsersPagesServed.ShouldBeGreaterThanOrEqualTo(3, "the pull never reached the users");
        process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
        File.ReadAllBytes(old).ShouldBe(before);
        Directory.GetFiles(dir).Select(Path.GetFileName).ShouldBe(["batch.csv", "rules.yaml", "tenant.snapshot.json"], ignoreOrder: true);
    }

    [Fact]
    public void An_import_from_a_users_download_gives_the_same_verdicts_for_the_users_it_holds()
    {
        var dir = Setup();
        var csv = new StringBuilder("\uFEFFUser principal name,Display name,Surname,Mail,Given name,Object ID,User type,Invitation state,Proxy addresses,Department\n")
            .Append("maria@contoso.com,Maria Lopez,Lopez,maria@contoso.com,Maria,1,Member,,\"SMTP:maria@contoso.com;smtp:maria@adatum.com\",Sales\n")
            .Append("ken.member@contoso.com,Ken,K,ken.member@contoso.com,Ken,2,Member,,,\n")
            .Append("pending.guest_fabrikam.com#EXT#@contoso.onmicrosoft.com,P,G,pending.guest@fabrikam.com,P,3,Guest,PendingAcceptance,,\n")
            .Append("accepted.guest_fabrikam.com#EXT#@contoso.onmicrosoft.com,A,G,accepted.guest@fabrikam.com,A,4,Guest,Accepted,,\n");
        File.WriteAllText(Path.Combine(dir, "users.csv"), csv.ToString(), new UTF8Encoding(false));
        var (code, stdout, stderr) = Repository.RunCli(dir, "tenant", "import", "--users", "users.csv", "--tenant-id", FakeGraph.DefaultTenant, "--domain", "contoso.com", "--output", "imported.json");
        code.ShouldBe(0, stdout + stderr);
        stdout.ShouldContain("Read 4 users from users.csv");
        stdout.ShouldNotContain("maria@");
        foreach (var address in Addresses)
        {
            File.ReadAllText(Path.Combine(dir, "imported.json")).ShouldNotContain(address, Case.Insensitive);
        }

        var (_, report, _) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir, "--tenant", "imported.json", "--format", "json", "--fail-on", "never");
        using var json = JsonDocument.Parse(report);
        var ids = json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray()
            .Select(f => (Id: f.GetProperty("ruleId").GetString()!, Line: f.GetProperty("line").GetInt32())).ToList();
        foreach (var (email, expected) in Rows.Where(r => r.Expected is ["B2B0008"] or ["B2B0009"] or ["B2B0010"]))
        {
            var line = Array.FindIndex(Rows, r => r.Email == email) + 3;
            ids.Where(f => f.Line == line && f.Id is "B2B0008" or "B2B0009" or "B2B0010").Select(f => f.Id).ShouldBe(expected, email);
        }
    }

    [Fact]
    public void A_users_file_without_an_address_column_is_exit_2_naming_its_columns_and_no_address()
    {
        var dir = Repository.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "users.csv"), "Display name,Department\nMaria Lopez,Sales\n");
        var (code, _, stderr) = Repository.RunCli(dir, "tenant", "import", "--users", "users.csv", "--tenant-id", FakeGraph.DefaultTenant);
        code.ShouldBe(2);
        stderr.ShouldContain("has no address column (userPrincipalName or mail); its columns are: Display name, Department");

        File.WriteAllText(Path.Combine(dir, "headless.csv"), "maria@contoso.com,Maria\n");
        var (headless, _, error) = Repository.RunCli(dir, "tenant", "import", "--users", "headless.csv", "--tenant-id", FakeGraph.DefaultTenant);
        headless.ShouldBe(2);
        error.ShouldNotContain("maria@contoso.com");
        error.ShouldContain("(an address: is the header row missing?)");
    }

    [Fact]
    public void An_empty_tenant_gives_a_snapshot_and_a_warning()
    {
        var dir = Repository.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "users.csv"), "userPrincipalName,mail,userType\n");
        var (code, _, stderr) = Repository.RunCli(dir, "tenant", "import", "--users", "users.csv", "--tenant-id", FakeGraph.DefaultTenant);
        code.ShouldBe(0);
        stderr.ShouldContain("warning: the users file holds no user");
        File.Exists(Path.Combine(dir, "tenant.snapshot.json")).ShouldBeTrue();
    }

    [Fact]
    public void Show_describes_a_snapshot_without_an_address()
    {
        var dir = Repository.TempDirectory();
        var path = new TenantSnapshotBuilder().Member("maria@contoso.com").Guest("ann@fabrikam.com", Sdk.Tenants.GuestState.Accepted)
            .Domain("contoso.com").Restrictions(Sdk.Tenants.RestrictionMode.Deny, "rival.example").Unknown(Sdk.Tenants.TenantFact.PartnerTenants)
            .TakenAt(new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero)).Write(Path.Combine(dir, "t.json"));
        var (code, stdout, _) = Repository.RunCli(dir, "tenant", "show", path);
        code.ShouldBe(0);
        stdout.ShouldContain("tenant:                     11111111-2222-3333-4444-555555555555 (Contoso)");
        stdout.ShouldContain("pulled:                     2026-12-01 09:30 UTC");
        stdout.ShouldContain("users:                      2 (");
        stdout.ShouldContain("collaboration restrictions: deny list of 1 domain(s): rival.example");
        stdout.ShouldContain("unknown facts:              partnerTenants (Graph did not give them)");
        stdout.ShouldNotContain("maria");
        stdout.ShouldNotContain("ann@");
    }

    /// <summary>A file that is not a usable snapshot stops check before any batch is read: exit 2, naming the file and the problem.</summary>
    [Theory]
    [InlineData("truncated", "is not a tenant snapshot: it is truncated or not JSON")]
    [InlineData("edited", "was changed after it was written (its checksum does not match)")]
    [InlineData("version", "is a version 2 snapshot; this b2brules reads version 1")]
    [InlineData("other", "is not a tenant snapshot (no \"format\": \"b2brules-tenant-snapshot\")")]
    public void A_damaged_snapshot_is_a_configuration_error_naming_it(string damage, string problem)
    {
        var dir = Setup();
        var path = new TenantSnapshotBuilder().Member("maria@contoso.com").Write(Path.Combine(dir, "t.json"));
        var text = File.ReadAllText(path);
        File.WriteAllText(path, damage switch
        {
            "truncated" => text[..(text.Length / 2)],
            "edited" => text.Replace("\"Contoso\"", "\"Fabrikam\"", StringComparison.Ordinal),
            "version" => text.Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal),
            _ => "{ \"hello\": 1 }",
        });
        var (code, stdout, stderr) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir, "--tenant", "t.json");
        code.ShouldBe(2, stdout + stderr);
        (stdout + stderr).ShouldContain($"The tenant snapshot 't.json' {problem}");
    }

    [Fact]
    public void An_old_snapshot_gives_B2B0013_once()
    {
        var dir = Setup();
        new TenantSnapshotBuilder(FakeGraph.DefaultTenant).TakenAt(DateTimeOffset.UtcNow.AddDays(-30))
            .Partner("adatum.com", null).Partner("fabrikam.com", Fabrikam).Partner("contoso.com", FakeGraph.DefaultTenant).Partner("rival.example", null).Partner("tailspin.example", Tailspin)
            .Write(Path.Combine(dir, "old.json"));
        var (_, stdout, _) = Repository.RunCli(dir, "check", "batch.csv", "--source-root", dir, "--tenant", "old.json", "--fail-on", "never");
        stdout.Split('\n').Count(l => l.Contains("B2B0013", StringComparison.Ordinal)).ShouldBe(1, stdout);
        stdout.ShouldContain("more than 7 day(s) ago (policy.tenant.maxAgeDays)");
    }

    [Fact]
    public void Rules_list_says_once_that_without_a_snapshot_the_directory_rules_report_nothing()
    {
        var dir = Setup();
        var (_, stdout, _) = Repository.RunCli(dir, "rules", "list", "--rules", "rules.yaml");
        stdout.ShouldContain("No tenant snapshot (check --tenant FILE, or tenant: in rules.yaml): B2B0008, B2B0009, B2B0010, B2B0011, B2B0012, B2B0013 report nothing.");
        var (_, explain, _) = Repository.RunCli(dir, "rules", "explain", "B2B0009", "--rules", "rules.yaml");
        explain.ShouldContain("tenant:      judges against a tenant snapshot; none is given");
    }

    /// <summary>Directory errors skip their rows (rejected.csv says why); a guest's row is held, even under onWarning: send, unless --resend.</summary>
    [Fact]
    public async Task Apply_skips_rows_the_tenant_would_refuse_and_holds_existing_guests_unless_resend()
    {
        await using var graph = await TenantAsync();
        var dir = Setup();
        File.WriteAllText(Path.Combine(dir, "rules.yaml"), "extends: builtin:entra\npolicy: { guestLifecycle: { accessReviews: true }, adapters: { onWarning: send } }\n");
        Repository.RunCli(dir, Token, Pull(graph, dir)).ExitCode.ShouldBe(0);

        var (_, held, _) = Repository.RunCli(dir, "apply", "--adapter", "entra-csv", "batch.csv", "--source-root", dir, "--tenant", "tenant.snapshot.json", "--fail-on", "never");
        held.ShouldContain("batch.csv: 1 to send, 2 to hold, 4 to skip, 0 unreadable");
        var rejected = File.ReadAllLines(Path.Combine(dir, "batch.rejected.csv"));
        rejected.ShouldContain(l => l.StartsWith("3,1,maria@adatum.com,skip,B2B0008,", StringComparison.Ordinal));
        rejected.ShouldContain(l => l.StartsWith("8,6,ann@tailspin.example,skip,B2B0012,", StringComparison.Ordinal));
        rejected.ShouldContain(l => l.StartsWith("4,2,pending.guest@fabrikam.com,hold,B2B0009,", StringComparison.Ordinal));

        var (_, resent, _) = Repository.RunCli(dir, "apply", "--adapter", "entra-csv", "batch.csv", "--source-root", dir, "--tenant", "tenant.snapshot.json", "--fail-on", "never", "--resend");
        resent.ShouldContain("batch.csv: 3 to send, 0 to hold, 4 to skip, 0 unreadable");
    }

    /// <summary>With a snapshot the graph journal knows its tenant without asking Graph (here Graph would refuse to say).</summary>
    [Fact]
    public async Task The_graph_journal_takes_its_tenant_from_the_snapshot()
    {
        await using var graph = await TenantAsync();
        var dir = Setup();
        File.WriteAllText(Path.Combine(dir, "batch.csv"), EntraHeader + "clean@fabrikam.com,https://myapps.microsoft.com,true,Welcome\n");
        Repository.RunCli(dir, Token, Pull(graph, dir)).ExitCode.ShouldBe(0);
        graph.HideOrganization = true;
        var (code, stdout, _) = Repository.RunCli(dir, Token, "apply", "--adapter", "graph", "batch.csv", "--source-root", dir, "--tenant", "tenant.snapshot.json",
            "--graph-endpoint", graph.Endpoint, "--journal", Path.Combine(dir, "journal.db"), "--rate", "60000", "--setting", "retryDelayMs=10");
        code.ShouldBe(0, stdout);
        stdout.ShouldContain("done: 1 sent");
        graph.InvitedIn(FakeGraph.DefaultTenant).ShouldBe(["clean@fabrikam.com"]);
    }
}
