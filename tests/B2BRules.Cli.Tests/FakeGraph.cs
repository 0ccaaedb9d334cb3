using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace B2BRules.Cli.Tests;

/// <summary>
/// A Microsoft Graph stand-in on loopback that speaks the <c>/invitations</c> contract: 201 with an invitation body,
/// 400 for an invalid address, 403 for a blocked one, a 429 with Retry-After and a 503 the first time it sees certain
/// addresses; and <c>GET /users?$filter=</c> over the users its invitations created. It counts every invitation request.
/// </summary>
internal sealed class FakeGraph : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _posts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, bool> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, bool> _refusedOnce = new(StringComparer.OrdinalIgnoreCase);

    private FakeGraph(WebApplication app) => _app = app;

    public string Endpoint { get; private set; } = string.Empty;

    /// <summary>Invitation requests per address (every POST, including those answered 429 or 503).</summary>
    public IReadOnlyDictionary<string, int> Posts => _posts;

    /// <summary>Addresses whose invitation succeeded (201).</summary>
    public IReadOnlyCollection<string> Invited => (IReadOnlyCollection<string>)_users.Keys;

    public string? LastAuthorization { get; private set; }

    /// <summary>Blocks every invitation with 403 "invitations blocked" while true.</summary>
    public bool BlockAll { get; set; }

    public TimeSpan Latency { get; set; }

    public static async Task<FakeGraph> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var graph = new FakeGraph(app);
        app.MapPost("/v1.0/invitations", (Func<HttpContext, Task<IResult>>)graph.InviteAsync);
        app.MapGet("/v1.0/users", (Func<HttpContext, IResult>)graph.Users);
        await app.StartAsync();
        graph.Endpoint = app.Urls.First() + "/v1.0";
        return graph;
    }

    private async Task<IResult> InviteAsync(HttpContext context)
    {
        LastAuthorization = context.Request.Headers.Authorization;
        var body = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync())!;
        var email = body["invitedUserEmailAddress"]!.GetValue<string>();
        _posts.AddOrUpdate(email, 1, (_, n) => n + 1);
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency);
        }

        if (BlockAll || email.Contains("blocked", StringComparison.Ordinal))
        {
            return Error(403, "Forbidden", "Invitations are blocked for this directory due to suspicious activity. Please contact Microsoft support for help.");
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

        _users[email] = true;
        return Results.Json(new
        {
            id = Guid.NewGuid().ToString(),
            inviteRedeemUrl = "https://login.microsoftonline.com/redeem?rd=x",
            invitedUserEmailAddress = email,
            status = "PendingAcceptance",
        }, statusCode: 201);
    }

    private IResult Users(HttpContext context)
    {
        var filter = context.Request.Query["$filter"].ToString();
        var found = _users.Keys.Where(u => filter.Contains($"'{u}'", StringComparison.OrdinalIgnoreCase)).Select(u => new { id = u });
        return Results.Json(new { value = found });
    }

    private static IResult Error(int status, string code, string message) => Results.Json(new { error = new { code, message } }, statusCode: status);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
