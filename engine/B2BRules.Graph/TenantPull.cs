namespace B2BRules.Graph;

/// <summary>What <c>b2brules tenant pull</c> reads from.</summary>
/// <param name="Endpoint">The Graph v1.0 root (beta calls replace its trailing /v1.0 with /beta).</param>
/// <param name="Settings">Credentials and retry settings, as the graph adapter takes them (auth, tenantId, clientId, maxRetries, retryDelayMs).</param>
/// <param name="ForInputs">Batches whose invitee domains get their partner tenant resolved (files, directories, globs).</param>
/// <param name="SourceRoot">The root those inputs must be under; null as for check.</param>
public sealed record TenantPullRequest(Uri Endpoint, IReadOnlyDictionary<string, string> Settings, IReadOnlyList<string> ForInputs, string? SourceRoot = null);

/// <summary>How far a pull is: pages read and users so far.</summary>
public sealed record PullProgress(string Step, int Pages, int Users);

/// <summary>What a pull got: the snapshot, or why it stopped (exit 4), and a line per fact Graph refused.</summary>
/// <param name="Content">The snapshot's content, or null when the pull stopped.</param>
/// <param name="Stopped">Why the pull stopped: no credentials, or the organization or users could not be read.</param>
/// <param name="Unknown">Facts recorded as unknown, each with Graph's answer and the permission it needs.</param>
public sealed record TenantPullResult(Engine.Tenants.SnapshotContent? Content, string? Stopped, IReadOnlyList<string> Unknown);
