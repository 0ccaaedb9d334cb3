using B2BRules.Sdk.Tenants;

namespace B2BRules.Engine.Tenants;

/// <summary>Everything a tenant snapshot holds, as <c>tenant pull</c> and <c>tenant import</c> gather it and the file stores it.</summary>
public sealed record SnapshotContent
{
    public required string TenantId { get; init; }

    public string? TenantName { get; init; }

    public required DateTimeOffset TakenAt { get; init; }

    public required SnapshotOrigin Origin { get; init; }

    /// <summary>Facts Graph refused or the import did not give.</summary>
    public IReadOnlySet<TenantFact> Unknown { get; init; } = new HashSet<TenantFact>();

    public IReadOnlyList<TenantDomain> Domains { get; init; } = [];

    public InviteSetting AllowInvitesFrom { get; init; } = InviteSetting.Unknown;

    public CollaborationRestrictions CollaborationRestrictions { get; init; } = CollaborationRestrictions.Unknown;

    public CrossTenantSettings CrossTenantAccess { get; init; } = CrossTenantSettings.None;

    /// <summary>Invitee domains resolved to their tenant: the tenant's ID, or null when no tenant has the domain.</summary>
    public IReadOnlyDictionary<string, string?> PartnerTenants { get; init; } = new Dictionary<string, string?>();

    public required AddressIndex Users { get; init; }
}

/// <summary>Inbound cross-tenant access settings: the default, and the partners' own entries by tenant ID.</summary>
public sealed record CrossTenantSettings(InboundSetting Default, IReadOnlyDictionary<string, InboundSetting> Partners)
{
    /// <summary>Microsoft's defaults: B2B collaboration allowed, other tenants' MFA not trusted.</summary>
    public static CrossTenantSettings None { get; } = new(new InboundSetting(InboundAccess.Allowed, false), new Dictionary<string, InboundSetting>());

    /// <summary>The settings for one partner: its entry's values where it sets them, else the default's.</summary>
    public CrossTenantInbound For(string partnerTenantId)
    {
        var partner = Partners.GetValueOrDefault(partnerTenantId.Trim().ToLowerInvariant());
        return new CrossTenantInbound(
            partner?.B2BCollaboration ?? Default.B2BCollaboration ?? InboundAccess.Unknown,
            partner?.IsMfaAccepted ?? Default.IsMfaAccepted ?? false,
            partner is not null);
    }
}

/// <summary>One inbound setting; a null value is inherited from the default (or unknown, for the default).</summary>
public sealed record InboundSetting(InboundAccess? B2BCollaboration, bool? IsMfaAccepted);
