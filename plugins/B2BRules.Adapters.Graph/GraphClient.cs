using System.Net;
using System.Text.Json.Nodes;
using B2BRules.BuiltIn.Graph;

namespace B2BRules.Adapters.Graph;

/// <summary>The outcome of one invitation request.</summary>
internal sealed record InviteResponse(HttpStatusCode Status, string? Id, string? InvitationStatus, string? RedeemUrl, string? ErrorCode, string? ErrorMessage);

/// <summary>
/// The graph adapter's calls: <c>POST /invitations</c>, the user lookup that resolves a crashed run and the tenant's ID,
/// over <see cref="GraphHttp"/> (its retries of 429 and transient 5xx). Refusals are returned as they came, for the
/// adapter to decide.
/// </summary>
internal sealed class GraphClient(Uri endpoint, string token, int maxRetries, TimeSpan baseDelay) : IDisposable
{
    private readonly GraphHttp _http = new(endpoint, token, maxRetries, baseDelay);

    public async Task<InviteResponse> InviteAsync(JsonObject body, CancellationToken cancellationToken)
    {
        using var response = await _http.PostJsonAsync("invitations", body, cancellationToken);
        var json = await GraphHttp.ReadJson(response, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return new InviteResponse(response.StatusCode, GraphHttp.Text(json, "id"), GraphHttp.Text(json, "status"), GraphHttp.Text(json, "inviteRedeemUrl"), null, null);
        }

        var error = json?["error"];
        return new InviteResponse(response.StatusCode, null, null, null, GraphHttp.Text(error, "code") ?? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture),
            GraphHttp.Text(error, "message") ?? response.ReasonPhrase);
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
        var answer = await _http.GetAsync($"users?$filter={filter}&$select=id", cancellationToken);
        return answer.Json is null ? null : answer.Json["value"] is JsonArray { Count: > 0 };
    }

    /// <summary>The tenant's ID from <c>GET /organization</c>, or null with why not.</summary>
    public async Task<(string? Id, string? Problem)> OrganizationIdAsync(CancellationToken cancellationToken) =>
        await GraphTenant.OrganizationIdAsync(_http, cancellationToken);

    public void Dispose() => _http.Dispose();
}
