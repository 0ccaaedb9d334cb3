using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Polly;
using Polly.Retry;

namespace B2BRules.BuiltIn.Graph;

/// <summary>
/// Microsoft Graph over plain HTTP with a bearer token, as the graph adapter and <c>tenant pull</c> both use it: 429
/// (honouring Retry-After) and transient 5xx are retried with exponential backoff and jitter (Polly); anything else is
/// returned as it came, for the caller to decide; collections are read page by page through <c>@odata.nextLink</c>.
/// Linked as source into the graph adapter and the tool, since plugins share no assembly but the SDK.
/// </summary>
internal sealed class GraphHttp : IDisposable
{
    private readonly HttpClient _http;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;

    public GraphHttp(Uri endpoint, string token, int maxRetries, TimeSpan baseDelay)
    {
        Endpoint = new Uri(endpoint.ToString().TrimEnd('/') + "/");
        _http = new HttpClient { BaseAddress = Endpoint, Timeout = TimeSpan.FromSeconds(100) };
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

    /// <summary>The v1.0 root (or whatever root was given), ending in '/'.</summary>
    public Uri Endpoint { get; }

    /// <summary>The beta root beside a v1.0 root, or null when the endpoint does not end in /v1.0.</summary>
    public Uri? BetaEndpoint => Endpoint.AbsolutePath.TrimEnd('/').EndsWith("/v1.0", StringComparison.OrdinalIgnoreCase)
        ? new Uri(Endpoint, "../beta/")
        : null;

    /// <summary>Sends a request made afresh for each attempt (a request cannot be sent twice), with the retry policy.</summary>
    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> request, CancellationToken cancellationToken) =>
        await _retry.ExecuteAsync(async token => await _http.SendAsync(request(), token), cancellationToken);

    /// <summary>POSTs a JSON body of known length (Content-Length, not chunked: some proxies in front of Graph refuse chunked requests).</summary>
    public Task<HttpResponseMessage> PostJsonAsync(string relativeUri, JsonNode body, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body);
        return SendAsync(() =>
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            return new HttpRequestMessage(HttpMethod.Post, relativeUri) { Content = content };
        }, cancellationToken);
    }

    /// <summary>A GET's JSON body (an empty object when it had none), or null with the status or error that stopped it.</summary>
    public async Task<GraphAnswer> GetAsync(string uri, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, uri), cancellationToken);
            var json = await ReadJson(response, cancellationToken);
            return response.IsSuccessStatusCode
                ? new GraphAnswer(response.StatusCode, json ?? new JsonObject(), null)
                : new GraphAnswer(response.StatusCode, null, Problem(response, json));
        }
        catch (HttpRequestException e)
        {
            return new GraphAnswer(null, null, e.Message);
        }
    }

    /// <summary>Every page of a collection, following <c>@odata.nextLink</c> to the last; stops at the first page that fails.</summary>
    public async IAsyncEnumerable<GraphAnswer> GetPagesAsync(string uri, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (string? next = uri; next is not null;)
        {
            var page = await GetAsync(next, cancellationToken);
            yield return page;
            next = page.Json?["@odata.nextLink"] is JsonValue link && link.TryGetValue<string>(out var text) ? text : null;
        }
    }

    public void Dispose() => _http.Dispose();

    public static async Task<JsonNode?> ReadJson(HttpResponseMessage response, CancellationToken cancellationToken)
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

    public static string? Text(JsonNode? json, string name) => json?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>"403 Authorization_RequestDenied: Insufficient privileges…": Graph's error code and message, or the status.</summary>
    private static string Problem(HttpResponseMessage response, JsonNode? json)
    {
        var error = json?["error"];
        var code = Text(error, "code");
        var message = Text(error, "message");
        return $"{(int)response.StatusCode} {code ?? response.ReasonPhrase}{(message is null ? string.Empty : ": " + message)}";
    }

    /// <summary>Retry-After in seconds or as a date when the server sent it, else the backoff Polly computes.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage? response) =>
        response?.Headers.RetryAfter is { } retryAfter
            ? retryAfter.Delta ?? (retryAfter.Date is { } date ? date - DateTimeOffset.UtcNow : null)
            : null;
}

/// <summary>One GET's outcome: the status (null when no answer came), the JSON body on success, else the problem.</summary>
internal sealed record GraphAnswer(HttpStatusCode? Status, JsonNode? Json, string? Problem)
{
    public bool Succeeded => Json is not null;
}
