using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace B2BRules.BuiltIn.Graph;

/// <summary>
/// Which tenant a run invites into: the journal's key. Graph serves every tenant from one host, so the host cannot be
/// the key (an address invited in one tenant would be skipped in every other). In order: <c>--setting tenant=</c>, the
/// access token's <c>tid</c> claim, <c>GET /organization</c>.
/// </summary>
internal static class GraphTenant
{
    public static async Task<(string? Id, string? Problem)> ResolveAsync(string? configured, string token, Func<CancellationToken, Task<(string? Id, string? Problem)>> organizationId, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return (Normalise(configured), null);
        }

        if (TenantClaim(token) is { } claimed)
        {
            return (claimed, null);
        }

        var (id, problem) = await organizationId(cancellationToken);
        return id is not null
            ? (Normalise(id), null)
            : (null, $"cannot tell which tenant to invite into: the token has no 'tid' claim and GET /organization failed ({problem}); pass --setting tenant=<tenant ID>");
    }

    /// <summary>The tenant's ID and display name from <c>GET /organization</c>, or null with why not.</summary>
    public static async Task<(string? Id, string? Problem)> OrganizationIdAsync(GraphHttp http, CancellationToken cancellationToken)
    {
        var answer = await http.GetAsync("organization?$select=id", cancellationToken);
        return answer.Json?["value"] is JsonArray { Count: > 0 } organizations && GraphHttp.Text(organizations[0], "id") is { Length: > 0 } id
            ? (id, null)
            : (null, answer.Problem ?? "no organization in the answer");
    }

    /// <summary>The <c>tid</c> claim of a JWT access token, read without validating it (Graph does that); null when absent.</summary>
    public static string? TenantClaim(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
            using var claims = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
            return claims.RootElement.ValueKind == JsonValueKind.Object
                && claims.RootElement.TryGetProperty("tid", out var tid) && tid.ValueKind == JsonValueKind.String
                && tid.GetString() is { Length: > 0 } value
                ? Normalise(value)
                : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    private static string Normalise(string tenant) => tenant.Trim().ToLowerInvariant();
}
