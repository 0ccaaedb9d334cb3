using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace B2BRules.Cli.Tests;

/// <summary>
/// A Microsoft Graph stand-in on loopback that serves several tenants from one host, as Graph does: the bearer token
/// says which (a JWT's <c>tid</c> claim, or an opaque token registered with <see cref="AddToken"/>; any other token is
/// <see cref="DefaultTenant"/>'s). It speaks <c>POST /invitations</c> (201 with an invitation body; 400 for an invalid
/// address; 403 "blocked by cross-tenant access settings" for addresses containing "xtenant"; 429 with Retry-After and
/// 503 the first time it sees certain addresses; a caller refusal for every address while <see cref="CallerRefusal"/> is
/// set), <c>GET /organization</c> and <c>GET /users?$filter=</c> over each tenant's users, matched on userPrincipalName,
/// mail, proxyAddresses and otherMails as the filter asks. It records every invitation request and its body.
/// </summary>
internal sealed partial class FakeGraph : IAsyncDisposable
{
    public const string DefaultTenant = "00000000-0000-0000-0000-0000000000aa";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _posts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<(string Tenant, string Email), FakeUser> _users = new();
    private readonly ConcurrentDictionary<string, bool> _refusedOnce = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, JsonNode> _bodies = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<(string Tenant, string Email), bool> _invitations = new();
    private int _withoutContentLength;

    private FakeGraph(WebApplication app) => _app = app;

    /// <summary>A user of one tenant: the properties an "already exists" lookup matches on, its type and invitation state.</summary>
    public sealed record FakeUser(string UserPrincipalName, string? Mail, IReadOnlyList<string> ProxyAddresses, IReadOnlyList<string> OtherMails,
        string UserType = "Member", string? ExternalUserState = null);

    public string Endpoint { get; private set; } = string.Empty;

    /// <summary>Invitation requests per address, in every tenant (every POST, including those answered 429 or 503).</summary>
    public IReadOnlyDictionary<string, int> Posts => _posts;

    /// <summary>Addresses whose invitation succeeded, in any tenant.</summary>
    public IReadOnlyCollection<string> Invited => [.. _invitations.Keys.Select(k => k.Email).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Invitation requests sent without Content-Length (chunked), which some proxies refuse.</summary>
    public int RequestsWithoutContentLength => _withoutContentLength;

    public string? LastAuthorization { get; private set; }

    /// <summary>While set, every invitation is refused 403 with this error code and message.</summary>
    public (string Code, string Message)? CallerRefusal { get; set; }

    /// <summary>Addresses refused 403 "blocked by cross-tenant access settings" while they are in this set.</summary>
    public ConcurrentDictionary<string, bool> BlockedByPartner { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>While true, <c>GET /organization</c> answers 403.</summary>
    public bool HideOrganization { get; set; }

    public TimeSpan Latency { get; set; }

    /// <summary>An unsigned JWT whose <c>tid</c> claim names the tenant (Graph validates tokens; the adapter only reads them).</summary>
    public static string TokenFor(string tenant) =>
        $"{Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{Base64Url($"{{\"tid\":\"{tenant}\",\"aud\":\"https://graph.microsoft.com\"}}")}.signature";

    /// <summary>Makes an opaque token stand for a tenant.</summary>
    public void AddToken(string token, string tenant) => _tokens[token] = tenant;

    /// <summary>Puts a user in a tenant's directory, as if invited or created earlier.</summary>
    public void AddUser(string tenant, FakeUser user) => _users[(tenant, user.Mail ?? user.UserPrincipalName)] = user;

    /// <summary>Addresses invited in one tenant.</summary>
    public IReadOnlyList<string> InvitedIn(string tenant) => [.. _invitations.Keys.Where(k => k.Tenant == tenant).Select(k => k.Email)];

    /// <summary>The last invitation body sent for an address.</summary>
    public JsonNode BodyFor(string email) => _bodies[email];

    public static async Task<FakeGraph> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var graph = new FakeGraph(app);
        app.MapPost("/v1.0/invitations", (Func<HttpContext, Task<IResult>>)graph.InviteAsync);
        app.MapGet("/v1.0/users", (Func<HttpContext, Task<IResult>>)graph.UsersAsync);
        app.MapGet("/v1.0/organization", (Func<HttpContext, IResult>)graph.Organization);
        graph.MapDirectory(app);
        await app.StartAsync();
        graph.Endpoint = app.Urls.First() + "/v1.0";
        return graph;
    }

    private string TenantOf(HttpContext context)
    {
        var token = context.Request.Headers.Authorization.ToString().Replace("Bearer ", string.Empty, StringComparison.Ordinal);
        if (_tokens.TryGetValue(token, out var registered))
        {
            return registered;
        }

        var parts = token.Split('.');
        if (parts.Length == 3)
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
            return JsonNode.Parse(Convert.FromBase64String(payload))!["tid"]!.GetValue<string>();
        }

        return DefaultTenant;
    }

    private async Task<IResult> InviteAsync(HttpContext context)
    {
        LastAuthorization = context.Request.Headers.Authorization;
        if (context.Request.ContentLength is null)
        {
            Interlocked.Increment(ref _withoutContentLength);
        }

        var body = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync())!;
        var email = body["invitedUserEmailAddress"]!.GetValue<string>();
        _posts.AddOrUpdate(email, 1, (_, n) => n + 1);
        _bodies[email] = body;
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency);
        }

        if (CallerRefusal is { } refusal)
        {
            return Error(403, refusal.Code, refusal.Message);
        }

        if (email.Contains("xtenant", StringComparison.Ordinal) || BlockedByPartner.ContainsKey(email))
        {
            return Error(403, "Forbidden", "This invitation is blocked by cross-tenant access settings. Admins in both your organization and the invited user's organization must configure cross-tenant access settings to allow the invitation.");
        }

        if (email.Contains("bad", StringComparison.Ordinal))
        {
            return Error(400, "BadRequest", "The Primary SMTP Address is an invalid value.");
        }

        if (email.Contains("throttle", StringComparison.Ordinal) && _refusedOnce.TryAdd(email, true))
        {
            context.Response.Headers.RetryAfter = "1";
            return Error(429, "TooManyRequests", "Too many requests.");
        }

        if (email.Contains("flaky", StringComparison.Ordinal) && _refusedOnce.TryAdd(email, true))
        {
            return Error(503, "ServiceUnavailable", "Try again.");
        }

        var tenant = TenantOf(context);
        _invitations[(tenant, email)] = true;
        _users[(tenant, email)] = new FakeUser(email.Replace('@', '_') + "#EXT#@tenant.onmicrosoft.com", email, ["SMTP:" + email], [], "Guest", "PendingAcceptance");
        return Results.Json(new
        {
            id = Guid.NewGuid().ToString(),
            inviteRedeemUrl = "https://login.microsoftonline.com/redeem?rd=x",
            invitedUserEmailAddress = email,
            status = "PendingAcceptance",
        }, statusCode: 201);
    }

    private IResult Organization(HttpContext context) => HideOrganization
        ? Error(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.")
        : Results.Json(new { value = new[] { new { id = TenantOf(context) } } });

    /// <summary>
    /// <c>GET /users</c>: with <c>$filter</c>, each user the clauses match (eq on userPrincipalName and mail, any() on
    /// proxyAddresses and otherMails); without, the tenant's users a page at a time (<c>$top</c>, <c>@odata.nextLink</c>).
    /// </summary>
    private async Task<IResult> UsersAsync(HttpContext context)
    {
        var tenant = TenantOf(context);
        var filter = context.Request.Query["$filter"].ToString();
        if (filter.Length == 0)
        {
            return await UsersPageAsync(context, tenant);
        }

        bool Asks(string clause) => filter.Contains(clause, StringComparison.OrdinalIgnoreCase);
        var found = _users.Where(u => u.Key.Tenant == tenant).Select(u => u.Value).Where(u =>
                Asks($"userPrincipalName eq '{u.UserPrincipalName}'")
                || (u.Mail is not null && Asks($"mail eq '{u.Mail}'"))
                || u.ProxyAddresses.Any(p => filter.Contains($"proxyAddresses/any(x:x eq '{p}')", StringComparison.Ordinal))
                || u.OtherMails.Any(o => Asks($"otherMails/any(x:x eq '{o}')")))
            .Select(u => new { id = u.UserPrincipalName });
        return Results.Json(new { value = found });
    }

    private static IResult Error(int status, string code, string message) => Results.Json(new { error = new { code, message } }, statusCode: status);

    private static string Base64Url(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
