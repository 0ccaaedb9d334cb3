using B2BRules.Sdk.Tenants;

namespace B2BRules.Sdk;

/// <summary>
/// Facts about the tenant that rules read, from <c>policy:</c> in rules.yaml. Every property has a documented default,
/// and <see cref="Raw"/> gives plugins the keys they define themselves.
/// </summary>
public sealed class Policy
{
    /// <summary>The policy with every default.</summary>
    public static Policy Default { get; } = new();

    /// <summary>The built-in profile in force: which service the batch is judged against (default: the 2016 preview).</summary>
    public ServiceProfile Profile { get; init; } = ServiceProfile.Preview2016;

    /// <summary>Most invitee rows one upload may hold (default 2,000, the 2016 preview's limit).</summary>
    public int MaxRows { get; init; } = 2000;

    /// <summary>Multi-factor authentication facts.</summary>
    public MfaPolicy Mfa { get; init; } = new(false, []);

    /// <summary>Who uploads the batch.</summary>
    public InviterPolicy Inviter { get; init; } = new(null);

    /// <summary>Directory roles allowed to upload batches (PascalCase role names or role template IDs).</summary>
    public IReadOnlyList<string> UploadRoles { get; init; } = ["GlobalAdministrator"];

    /// <summary>Application IDs published on-premises (through Application Proxy).</summary>
    public IReadOnlyList<string> OnPremisesApps { get; init; } = [];

    /// <summary>How guests are cleaned up.</summary>
    public GuestLifecyclePolicy GuestLifecycle { get; init; } = new(false);

    /// <summary>How the batch reaches the service: uploaded in the admin center (the default) or sent through Microsoft Graph.</summary>
    public InvitationRoute Route { get; init; } = InvitationRoute.Upload;

    /// <summary>The tenant snapshot in force (<c>check --tenant</c> or <c>tenant:</c> in rules.yaml), or null.</summary>
    public TenantSnapshot? Tenant { get; init; }

    /// <summary>Which tenant a snapshot must be for and how old it may be (<c>policy.tenant</c>).</summary>
    public SnapshotPolicy Snapshot { get; init; } = new(null, SnapshotPolicy.DefaultMaxAgeDays);

    /// <summary>
    /// Collaboration restrictions stated in <c>policy.collaborationRestrictions</c>, for tenants whose snapshot cannot read
    /// them (Graph serves them in beta only); null when not stated.
    /// </summary>
    public CollaborationRestrictions? CollaborationRestrictions { get; init; }

    /// <summary>The whole <c>policy:</c> mapping, for keys a plugin defines itself.</summary>
    public RuleOptions Raw { get; init; } = RuleOptions.Empty;
}

/// <summary>How a batch reaches the service.</summary>
public enum InvitationRoute
{
    /// <summary>Uploaded as a file in the admin center's bulk invite (<c>check</c>, the entra-csv adapter).</summary>
    Upload = 0,

    /// <summary>Sent invitation by invitation through Microsoft Graph (the graph adapter).</summary>
    Graph = 1,
}

/// <summary>Which tenant a snapshot must be for, and how fresh (<c>policy.tenant</c>).</summary>
/// <param name="TenantId">The tenant's ID, or null for any.</param>
/// <param name="MaxAgeDays">How many days old a snapshot may be (default 7).</param>
public sealed record SnapshotPolicy(string? TenantId, int MaxAgeDays)
{
    /// <summary>A week: the default of <c>policy.tenant.maxAgeDays</c>.</summary>
    public const int DefaultMaxAgeDays = 7;
}

/// <summary>Multi-factor authentication facts.</summary>
/// <param name="Required">Whether the tenant requires MFA of the invited users.</param>
/// <param name="TrustedPartners">Partner domains whose MFA claims the tenant trusts.</param>
public sealed record MfaPolicy(bool Required, IReadOnlyList<string> TrustedPartners);

/// <summary>Who uploads or sends the batch.</summary>
/// <param name="Role">The inviter's directory role, when stated.</param>
public sealed record InviterPolicy(string? Role)
{
    /// <summary>The inviter's user type, <c>member</c> or <c>guest</c>, when stated (the graph route's <c>allowInvitesFrom</c> needs it).</summary>
    public string? UserType { get; init; }
}

/// <summary>How guests are cleaned up.</summary>
/// <param name="AccessReviews">Whether access reviews remove inactive guests automatically.</param>
public sealed record GuestLifecyclePolicy(bool AccessReviews);
