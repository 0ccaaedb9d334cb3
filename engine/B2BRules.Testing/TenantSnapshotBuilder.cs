using B2BRules.Engine.Tenants;
using B2BRules.Sdk.Tenants;

namespace B2BRules.Testing;

/// <summary>
/// Builds a real tenant snapshot file for tests of tenant-aware rules, in the format <c>b2brules tenant pull</c>
/// writes: name the users, domains and settings a test needs, then <see cref="Write"/> it and point rules.yaml at it
/// (<c>tenant: /path/to/tenant.snapshot.json</c>). Facts not set are the tenant defaults Microsoft documents.
/// </summary>
public sealed class TenantSnapshotBuilder
{
    private readonly AddressIndex.Builder _users = new();
    private readonly List<TenantDomain> _domains = [];
    private readonly Dictionary<string, string?> _partners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InboundSetting> _inbound = new(StringComparer.Ordinal);
    private readonly HashSet<TenantFact> _unknown = [];
    private InboundSetting _defaultInbound = new(InboundAccess.Allowed, false);
    private InviteSetting _allowInvitesFrom = InviteSetting.Everyone;
    private CollaborationRestrictions _restrictions = new(RestrictionMode.None, []);
    private DateTimeOffset _takenAt = DateTimeOffset.UtcNow;
    private SnapshotOrigin _origin = SnapshotOrigin.Pulled;

    /// <param name="tenantId">The tenant's ID.</param>
    public TenantSnapshotBuilder(string tenantId = "11111111-2222-3333-4444-555555555555") => TenantId = tenantId;

    /// <summary>The tenant's ID the snapshot is for.</summary>
    public string TenantId { get; }

    /// <summary>A member whose user principal name (and mail, when given) identify it.</summary>
    public TenantSnapshotBuilder Member(string userPrincipalName, string? mail = null, IEnumerable<string>? proxyAddresses = null, IEnumerable<string>? otherMails = null)
    {
        _users.Add(DirectoryUserType.Member, GuestState.None, DirectoryAddresses.Of(userPrincipalName, mail, proxyAddresses, otherMails));
        return this;
    }

    /// <summary>A guest invited at <paramref name="mail"/> (its UPN is the #EXT# form, as Entra makes it).</summary>
    public TenantSnapshotBuilder Guest(string mail, GuestState state, IEnumerable<string>? otherMails = null)
    {
        var upn = mail.Replace('@', '_') + "#EXT#@tenant.onmicrosoft.com";
        _users.Add(DirectoryUserType.Guest, state, DirectoryAddresses.Of(upn, mail, ["SMTP:" + mail], otherMails));
        return this;
    }

    /// <summary>One of the tenant's domains.</summary>
    public TenantSnapshotBuilder Domain(string name, bool isVerified = true)
    {
        _domains.Add(new TenantDomain(name.ToLowerInvariant(), isVerified));
        return this;
    }

    /// <summary>Who may invite (default: everyone, Microsoft's default).</summary>
    public TenantSnapshotBuilder AllowInvitesFrom(InviteSetting setting)
    {
        _allowInvitesFrom = setting;
        return this;
    }

    /// <summary>The collaboration restrictions (default: none).</summary>
    public TenantSnapshotBuilder Restrictions(RestrictionMode mode, params string[] domains)
    {
        _restrictions = new CollaborationRestrictions(mode, [.. domains.Select(d => d.ToLowerInvariant())]);
        return this;
    }

    /// <summary>An invitee domain resolved to its tenant; a null tenant is a domain no tenant has (a consumer domain).</summary>
    public TenantSnapshotBuilder Partner(string domain, string? tenantId)
    {
        _partners[domain.ToLowerInvariant()] = tenantId;
        return this;
    }

    /// <summary>Inbound cross-tenant access: a partner's own entry, or the default when <paramref name="tenantId"/> is null.</summary>
    public TenantSnapshotBuilder Inbound(string? tenantId, InboundAccess? b2bCollaboration, bool? isMfaAccepted)
    {
        var setting = new InboundSetting(b2bCollaboration, isMfaAccepted);
        if (tenantId is null)
        {
            _defaultInbound = setting;
        }
        else
        {
            _inbound[tenantId.ToLowerInvariant()] = setting;
        }

        return this;
    }

    /// <summary>A fact the snapshot does not hold, as when Graph refused it.</summary>
    public TenantSnapshotBuilder Unknown(TenantFact fact)
    {
        _unknown.Add(fact);
        return this;
    }

    /// <summary>When and how the snapshot was taken (default: pulled now).</summary>
    public TenantSnapshotBuilder TakenAt(DateTimeOffset when, SnapshotOrigin origin = SnapshotOrigin.Pulled)
    {
        _takenAt = when;
        _origin = origin;
        return this;
    }

    /// <summary>Writes the snapshot and returns its full path.</summary>
    public string Write(string path)
    {
        SnapshotFile.Write(path, new SnapshotContent
        {
            TenantId = TenantId,
            TenantName = "Contoso",
            TakenAt = _takenAt,
            Origin = _origin,
            Unknown = _unknown,
            Domains = _domains,
            AllowInvitesFrom = _unknown.Contains(TenantFact.AllowInvitesFrom) ? InviteSetting.Unknown : _allowInvitesFrom,
            CollaborationRestrictions = _unknown.Contains(TenantFact.CollaborationRestrictions) ? CollaborationRestrictions.Unknown : _restrictions,
            CrossTenantAccess = new CrossTenantSettings(_defaultInbound, _inbound),
            PartnerTenants = _partners,
            Users = _users.Build(),
        });
        return Path.GetFullPath(path);
    }

    /// <summary>Writes the snapshot into a new temporary folder.</summary>
    public string WriteTemporary() => Write(Path.Combine(Directory.CreateTempSubdirectory("b2brules-tenant-").FullName, "tenant.snapshot.json"));
}
