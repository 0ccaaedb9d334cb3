using Azure.Core;
using Azure.Identity;

namespace B2BRules.BuiltIn.Graph;

/// <summary>
/// Where the graph adapter's bearer token comes from: <c>B2BRULES_GRAPH_TOKEN</c> (automation and tests), or Azure.Identity
/// with <c>--setting auth=client-credentials</c> (AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET),
/// <c>auth=device-code</c> (tenant and client from settings or the same variables) or <c>auth=managed-identity</c>.
/// </summary>
internal static class GraphCredentials
{
    public const string TokenVariable = "B2BRULES_GRAPH_TOKEN";

    /// <summary>The token, or why there is none (a reason to stop with exit code 4).</summary>
    public static async Task<(string? Token, string? Problem)> AcquireAsync(
        IReadOnlyDictionary<string, string> settings, Uri endpoint, TextWriter log, CancellationToken cancellationToken)
    {
        var auth = settings.TryGetValue("auth", out var chosen) ? chosen.Trim().ToLowerInvariant() : null;
        var token = Environment.GetEnvironmentVariable(TokenVariable);
        if (auth is null or "token")
        {
            return token is { Length: > 0 }
                ? (token, null)
                : (null, $"no credentials: set {TokenVariable} to a bearer token, or --setting auth=client-credentials, device-code or managed-identity");
        }

        if (auth is not ("client-credentials" or "device-code" or "managed-identity"))
        {
            return (null, $"--setting auth={auth} is not one of: token, client-credentials, device-code, managed-identity");
        }

        string? Setting(string key, string variable) =>
            settings.TryGetValue(key, out var value) && value.Length > 0 ? value : Environment.GetEnvironmentVariable(variable) is { Length: > 0 } env ? env : null;
        var tenant = Setting("tenantId", "AZURE_TENANT_ID");
        var client = Setting("clientId", "AZURE_CLIENT_ID");
        TokenCredential? credential = auth switch
        {
            "client-credentials" when tenant is null || client is null || Environment.GetEnvironmentVariable("AZURE_CLIENT_SECRET") is not { Length: > 0 } => null,
            "client-credentials" => new ClientSecretCredential(tenant, client, Environment.GetEnvironmentVariable("AZURE_CLIENT_SECRET")),
            "device-code" => new DeviceCodeCredential(new DeviceCodeCredentialOptions
            {
                TenantId = tenant,
                ClientId = client,
                DeviceCodeCallback = (code, _) => log.WriteLineAsync(code.Message),
            }),
            "managed-identity" => client is null
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(client)),
            _ => null,
        };
        if (credential is null)
        {
            return (null, "no credentials: auth=client-credentials needs AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (or the tenantId and clientId settings)");
        }

        try
        {
            var scope = $"{endpoint.GetLeftPart(UriPartial.Authority)}/.default";
            var access = await credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken);
            return (access.Token, null);
        }
        catch (AuthenticationFailedException e)
        {
            return (null, $"unauthorised: {e.Message}");
        }
    }
}
