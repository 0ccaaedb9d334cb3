using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Polly;
using Polly.Retry;

namespace B2BRules.Adapters.Graph;

/// <summary>The outcome of one invitation request.</summary>
internal sealed record InviteResponse(HttpStatusCode Status, string? Id, string? InvitationStatus, string? RedeemUrl, string? ErrorCode, string? ErrorMessage);

/// <summary>
/// Microsoft Graph's <c>POST /invitations</c> and the user lookup used to resolve a crashed run, over plain HTTP with
/// a bearer token. 429 (honouring Retry-After) and transient 5xx are retried with backoff (Polly); anything else is
/// returned as it came, for the adapter to decide.
/// </summary>
internal sealed class GraphClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;

    public GraphClient(Uri endpoint, string token, int maxRetries, TimeSpan baseDelay)
    {
        _http = new HttpClient { BaseAddress = new Uri(endpoint.ToString().TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(100) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        _retry = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = maxRetries,
                Delay = baseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .HandleResult(r => r.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError
                        or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose(); // the response being retried is not returned to anyone
                    return default;
                },
            })
            .Build();
    }

    public async Task<InviteResponse> InviteAsync(JsonObject body, CancellationToken cancellationToken)
    {
        // A body of known length, sent with Content-Length: JsonContent streams, which HttpClient sends chunked, and
        // some proxies in front of Graph refuse chunked requests.
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body);
        using var response = await _retry.ExecuteAsync(
            async token =>
            {
                using var content = new ByteArrayContent(bytes);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                return await _http.PostAsync("invitations", content, token);
            },
            cancellationToken);
        var json = await ReadJson(response, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return new InviteResponse(response.StatusCode, Text(json, "id"), Text(json, "status"), Text(json, "inviteRedeemUrl"), null, null);
        }

        var error = json?["error"];
        return new InviteResponse(response.StatusCode, null, null, null, error?["code"]?.GetValue<string>() ?? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture),
            error?["message"]?.GetValue<string>() ?? response.ReasonPhrase);
    }

    /// <summary>
    /// Whether the tenant already has a user with this address, matched as Microsoft documents for "already invited"
    /// (userPrincipalName, mail, proxyAddresses as <c>SMTP:</c> or <c>smtp:</c>, otherMails); null when the lookup failed.
    /// </summary>
    public async Task<bool?> UserExistsAsync(string email, CancellationToken cancellationToken)
    {
        var quoted = email.Replace("'", "''", StringComparison.Ordinal);
        var filter = Uri.EscapeDataString(
            $"userPrincipalName eq '{quoted}' or mail eq '{quoted}' or proxyAddresses/any(x:x eq 'SMTP:{quoted}') " +
            $"or proxyAddresses/any(x:x eq 'smtp:{quoted}') or otherMails/any(x:x eq '{quoted}')");
        var (json, _) = await GetAsync($"users?$filter={filter}&$select=id", cancellationToken);
        return json is null ? null : json["value"] is JsonArray { Count: > 0 };
    }

    /// <summary>The tenant's ID from <c>GET /organization</c>, or null with why not.</summary>
    public async Task<(string? Id, string? Problem)> OrganizationIdAsync(CancellationToken cancellationToken)
    {
        var (json, problem) = await GetAsync("organization?$select=id", cancellationToken);
        return json?["value"] is JsonArray { Count: > 0 } organizations && Text(organizations[0], "id") is { Length: > 0 } id
            ? (id, null)
            : (null, problem ?? "no organization in the answer");
    }

    /// <summary>A GET's JSON body (an empty object when it had none), or null with the status or error that stopped it.</summary>
    private async Task<(JsonNode? Json, string? Problem)> GetAsync(string relativeUri, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _retry.ExecuteAsync(async token => await _http.GetAsync(relativeUri, token), cancellationToken);
            return response.IsSuccessStatusCode
                ? (await ReadJson(response, cancellationToken) ?? new JsonObject(), null)
                : (null, $"{(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (HttpRequestException e)
        {
            return (null, e.Message);
        }
    }

    public void Dispose() => _http.Dispose();

    /// <summary>Retry-After in seconds or as a date when the server sent it, else the backoff Polly computes.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage? response) =>
        response?.Headers.RetryAfter is { } retryAfter
            ? retryAfter.Delta ?? (retryAfter.Date is { } date ? date - DateTimeOffset.UtcNow : null)
            : null;

    private static async Task<JsonNode?> ReadJson(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonNode? json, string name) => json?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
