namespace B2BRules.Sdk.Tenants;

/// <summary>
/// The tenant a batch is for, as a snapshot recorded it (<c>b2brules tenant pull</c> from Microsoft Graph, or
/// <c>tenant import</c> from the admin center's users download): who is already in the directory, its domains, who may
/// invite, its collaboration restrictions and cross-tenant access settings, and the partner tenants of the invitees'
/// domains. Addresses are kept only as keyed hashes, so a snapshot can be looked up but not listed. Read it from
/// <see cref="Policy.Tenant"/>; rules that need it do nothing without one.
/// </summary>
public abstract class TenantSnapshot
{
    /// <summary>The tenant's ID, a lower-case GUID.</summary>
    public abstract string TenantId { get; }

    /// <summary>The tenant's display name, when known.</summary>
    public abstract string? TenantName { get; }

    /// <summary>When the facts were read.</summary>
    public abstract DateTimeOffset TakenAt { get; }

    /// <summary>Whether the snapshot was pulled from Graph or imported from files.</summary>
    public abstract SnapshotOrigin Origin { get; }

    /// <summary>The snapshot file as the user named it, for messages.</summary>
    public abstract string FileName { get; }

    /// <summary>The facts the snapshot does not hold (Graph refused them, or the import did not give them).</summary>
    public abstract IReadOnlySet<TenantFact> UnknownFacts { get; }

    /// <summary>Where a finding's fact came from, for messages: "pulled 2026-12-01" or "imported 2026-12-01".</summary>
    public string Provenance => $"{(Origin == SnapshotOrigin.Pulled ? "pulled" : "imported")} {TakenAt.UtcDateTime:yyyy-MM-dd}";

    /// <summary>The file and its provenance, as a finding names its source: "tenant.snapshot.json, pulled 2026-12-01".</summary>
    public string Source => $"{FileName}, {Provenance}";

    /// <summary>Whether the snapshot holds a fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns><see langword="true"/> when it is known.</returns>
    public bool Knows(TenantFact fact) => !UnknownFacts.Contains(fact);

    /// <summary>
    /// The directory user an address belongs to, matched as Microsoft matches "already invited" (userPrincipalName, mail,
    /// proxyAddresses, otherMails; trimmed, any case), or <see langword="null"/> when none (or users are unknown).
    /// </summary>
    /// <param name="emailAddress">The invitee's address.</param>
    /// <returns>The user, or null.</returns>
    public abstract DirectoryUser? FindUser(string emailAddress);

    /// <summary>The tenant's domains (empty when <see cref="TenantFact.Domains"/> is unknown).</summary>
    public abstract IReadOnlyList<TenantDomain> Domains { get; }

    /// <summary>Who may invite guests (<c>authorizationPolicy.allowInvitesFrom</c>).</summary>
    public abstract InviteSetting AllowInvitesFrom { get; }

    /// <summary>The collaboration restrictions: an allow list, a deny list, or none.</summary>
    public abstract CollaborationRestrictions CollaborationRestrictions { get; }

    /// <summary>The Microsoft Entra tenant behind an invitee's domain, as resolved when the snapshot was taken.</summary>
    /// <param name="domain">The domain (any case).</param>
    /// <returns>The partner tenant, or why there is none.</returns>
    public abstract PartnerTenant PartnerOf(string domain);

    /// <summary>The inbound cross-tenant access settings in force for a partner tenant: its own entry, else the default.</summary>
    /// <param name="partnerTenantId">The partner's tenant ID.</param>
    /// <returns>The settings.</returns>
    public abstract CrossTenantInbound InboundFor(string partnerTenantId);
}

/// <summary>How a snapshot was made.</summary>
public enum SnapshotOrigin
{
    /// <summary><c>b2brules tenant pull</c>: read from Microsoft Graph.</summary>
    Pulled = 0,

    /// <summary><c>b2brules tenant import</c>: built from the admin center's users download and stated settings.</summary>
    Imported = 1,
}

/// <summary>The facts a snapshot holds, each of which may be unknown.</summary>
public enum TenantFact
{
    /// <summary>The directory's users and their addresses.</summary>
    Users = 0,

    /// <summary>The tenant's domains.</summary>
    Domains = 1,

    /// <summary>Who may invite (<c>allowInvitesFrom</c>).</summary>
    AllowInvitesFrom = 2,

    /// <summary>Cross-tenant access settings (default and per partner).</summary>
    CrossTenantAccess = 3,

    /// <summary>Collaboration restrictions (the domain allow or deny list).</summary>
    CollaborationRestrictions = 4,

    /// <summary>The partner tenants of the invitees' domains.</summary>
    PartnerTenants = 5,
}
