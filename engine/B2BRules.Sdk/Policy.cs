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

    /// <summary>The whole <c>policy:</c> mapping, for keys a plugin defines itself.</summary>
    public RuleOptions Raw { get; init; } = RuleOptions.Empty;
}

/// <summary>Multi-factor authentication facts.</summary>
/// <param name="Required">Whether the tenant requires MFA of the invited users.</param>
/// <param name="TrustedPartners">Partner domains whose MFA claims the tenant trusts.</param>
public sealed record MfaPolicy(bool Required, IReadOnlyList<string> TrustedPartners);

/// <summary>Who uploads the batch.</summary>
/// <param name="Role">The uploader's directory role, when stated.</param>
public sealed record InviterPolicy(string? Role);

/// <summary>How guests are cleaned up.</summary>
/// <param name="AccessReviews">Whether access reviews remove inactive guests automatically.</param>
public sealed record GuestLifecyclePolicy(bool AccessReviews);
