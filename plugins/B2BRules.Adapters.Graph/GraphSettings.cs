using System.Globalization;
using B2BRules.BuiltIn;

namespace B2BRules.Adapters.Graph;

/// <summary>The graph adapter's settings (<c>apply --graph-endpoint/--journal/--rate</c> or <c>--setting key=value</c>), with safe defaults.</summary>
/// <param name="Tenant">The journal's tenant key as configured (<c>--setting tenant=</c>), or null to resolve it (<see cref="GraphTenant"/>).</param>
/// <param name="RetryFailed">Whether rows Graph refused in an earlier run are sent again (<c>--setting retryFailed=true</c>).</param>
internal sealed record GraphSettings(Uri Endpoint, string? Tenant, string Journal, TimeSpan Pace, int MaxRetries, TimeSpan RetryDelay, string DefaultRedirect, bool RetryFailed)
{
    public static GraphSettings From(IReadOnlyDictionary<string, string> settings)
    {
        string Get(string key, string fallback) => settings.TryGetValue(key, out var value) && value.Length > 0 ? value : fallback;
        var endpoint = new Uri(Get("graphEndpoint", GraphAdapter.DefaultEndpoint), UriKind.Absolute);
        var rate = double.Parse(Get("rate", GraphAdapter.DefaultRate.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        var journal = Get("journal", Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "b2brules", "graph-journal.db"));
        return new GraphSettings(
            endpoint,
            settings.TryGetValue("tenant", out var tenant) && tenant.Trim().Length > 0 ? tenant : null,
            journal,
            TimeSpan.FromMinutes(1 / Math.Max(rate, 0.001)),
            int.Parse(Get("maxRetries", "5"), CultureInfo.InvariantCulture),
            TimeSpan.FromMilliseconds(double.Parse(Get("retryDelayMs", "2000"), CultureInfo.InvariantCulture)),
            Get("redirectUrl", InvitationFields.DefaultRedirectUrl),
            bool.TryParse(Get("retryFailed", "false"), out var retryFailed) && retryFailed);
    }
}
