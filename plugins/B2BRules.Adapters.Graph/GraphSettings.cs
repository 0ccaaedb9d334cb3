using System.Globalization;

namespace B2BRules.Adapters.Graph;

/// <summary>The graph adapter's settings (<c>apply --graph-endpoint/--journal/--rate</c> or <c>--setting key=value</c>), with safe defaults.</summary>
internal sealed record GraphSettings(Uri Endpoint, string Tenant, string Journal, TimeSpan Pace, int MaxRetries, TimeSpan RetryDelay, string DefaultRedirect)
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
            Get("tenant", endpoint.GetLeftPart(UriPartial.Authority)),
            journal,
            TimeSpan.FromMinutes(1 / Math.Max(rate, 0.001)),
            int.Parse(Get("maxRetries", "5"), CultureInfo.InvariantCulture),
            TimeSpan.FromMilliseconds(double.Parse(Get("retryDelayMs", "2000"), CultureInfo.InvariantCulture)),
            Get("redirectUrl", GraphAdapter.DefaultRedirectUrl));
    }
}
