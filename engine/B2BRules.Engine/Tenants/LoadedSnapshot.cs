using B2BRules.Sdk.Tenants;

namespace B2BRules.Engine.Tenants;

/// <summary>A snapshot file read for a run: what rules see as <see cref="Sdk.Policy.Tenant"/>.</summary>
public sealed class LoadedSnapshot(SnapshotContent content, string fileName) : TenantSnapshot
{
    private readonly Dictionary<string, string?> _partners = new(content.PartnerTenants, StringComparer.OrdinalIgnoreCase);

    public SnapshotContent Content => content;

    public override string TenantId => content.TenantId;

    public override string? TenantName => content.TenantName;

    public override DateTimeOffset TakenAt => content.TakenAt;

    public override SnapshotOrigin Origin => content.Origin;

    public override string FileName => fileName;

    public override IReadOnlySet<TenantFact> UnknownFacts => content.Unknown;

    public override IReadOnlyList<TenantDomain> Domains => content.Domains;

    public override InviteSetting AllowInvitesFrom => content.AllowInvitesFrom;

    public override CollaborationRestrictions CollaborationRestrictions => content.CollaborationRestrictions;

    public override DirectoryUser? FindUser(string emailAddress) => Knows(TenantFact.Users) ? content.Users.Find(emailAddress) : null;

    public override PartnerTenant PartnerOf(string domain) =>
        _partners.TryGetValue(domain.Trim(), out var tenant)
            ? tenant is null ? new PartnerTenant(PartnerStatus.NoTenant, null) : new PartnerTenant(PartnerStatus.Tenant, tenant)
            : new PartnerTenant(PartnerStatus.NotResolved, null);

    public override CrossTenantInbound InboundFor(string partnerTenantId) =>
        Knows(TenantFact.CrossTenantAccess) ? content.CrossTenantAccess.For(partnerTenantId) : CrossTenantInbound.Unknown;

    /// <summary>
    /// Reads a snapshot for a run; throws <see cref="SnapshotException"/> with the problem. A file read once in this
    /// process and unchanged since (same size and time) is not read again: <c>apply</c> loads the configuration twice.
    /// </summary>
    public static LoadedSnapshot Load(string path, string shownAs)
    {
        var file = new FileInfo(path);
        var stamp = (file.Length, file.LastWriteTimeUtc);
        var content = Cache.TryGetValue(file.FullName, out var cached) && cached.Stamp == stamp ? cached.Content : SnapshotFile.Read(path);
        Cache[file.FullName] = (stamp, content);
        return new LoadedSnapshot(content, shownAs);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ((long, DateTime) Stamp, SnapshotContent Content)> Cache = new(StringComparer.Ordinal);
}
