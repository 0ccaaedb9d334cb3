namespace B2BRules.Sdk.Tenants;

/// <summary>A user already in the tenant's directory, as an address lookup found it.</summary>
/// <param name="Type">Member or guest.</param>
/// <param name="State">A guest's invitation state (<c>externalUserState</c>); <see cref="GuestState.None"/> for members.</param>
/// <param name="MatchedOn">Which of the user's addresses matched.</param>
public sealed record DirectoryUser(DirectoryUserType Type, GuestState State, AddressProperty MatchedOn);

/// <summary>A directory user's <c>userType</c>.</summary>
public enum DirectoryUserType
{
    /// <summary><c>Member</c>.</summary>
    Member = 0,

    /// <summary><c>Guest</c>.</summary>
    Guest = 1,
}

/// <summary>A guest's invitation state (<c>externalUserState</c>).</summary>
public enum GuestState
{
    /// <summary>Not a guest, or no state recorded (an import without the column).</summary>
    None = 0,

    /// <summary>Invited, not yet redeemed: a new invitation sends the email again.</summary>
    PendingAcceptance = 1,

    /// <summary>Redeemed.</summary>
    Accepted = 2,
}

/// <summary>The user property an address matched.</summary>
public enum AddressProperty
{
    /// <summary><c>userPrincipalName</c>.</summary>
    UserPrincipalName = 0,

    /// <summary><c>mail</c>.</summary>
    Mail = 1,

    /// <summary>An SMTP entry of <c>proxyAddresses</c> (<c>SMTP:</c> or <c>smtp:</c>).</summary>
    ProxyAddress = 2,

    /// <summary><c>otherMails</c>.</summary>
    OtherMail = 3,
}

/// <summary>One of the tenant's domains.</summary>
/// <param name="Name">The domain name, lower-case.</param>
/// <param name="IsVerified">Whether the tenant verified it.</param>
public sealed record TenantDomain(string Name, bool IsVerified);

/// <summary>Who may invite guests: <c>authorizationPolicy.allowInvitesFrom</c>.</summary>
public enum InviteSetting
{
    /// <summary>Not known.</summary>
    Unknown = 0,

    /// <summary><c>none</c>: no one, administrators included.</summary>
    None = 1,

    /// <summary><c>adminsAndGuestInviters</c>: administrators (User Administrator and above) and Guest Inviters.</summary>
    AdminsAndGuestInviters = 2,

    /// <summary><c>adminsGuestInvitersAndAllMembers</c>: those, and every member.</summary>
    AdminsGuestInvitersAndAllMembers = 3,

    /// <summary><c>everyone</c>: guests included (the default).</summary>
    Everyone = 4,
}

/// <summary>The tenant's collaboration restrictions: invitations to listed domains only, or to any but listed domains.</summary>
/// <param name="Mode">Which kind of list, if any.</param>
/// <param name="Domains">The listed domains, lower-case.</param>
public sealed record CollaborationRestrictions(RestrictionMode Mode, IReadOnlyList<string> Domains)
{
    /// <summary>Restrictions nobody stated.</summary>
    public static CollaborationRestrictions Unknown { get; } = new(RestrictionMode.Unknown, []);

    /// <summary>
    /// Whether an invitation to the domain is refused. Microsoft documents no subdomain coverage or wildcards for these
    /// lists, so a domain is on a list only when listed itself.
    /// </summary>
    /// <param name="domain">The invitee's domain.</param>
    /// <returns><see langword="true"/> when the list refuses it.</returns>
    public bool Refuses(string domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var listed = Domains.Contains(domain.Trim().ToLowerInvariant(), StringComparer.Ordinal);
        return Mode switch
        {
            RestrictionMode.Allow => !listed,
            RestrictionMode.Deny => listed,
            _ => false,
        };
    }
}

/// <summary>The kind of collaboration restrictions.</summary>
public enum RestrictionMode
{
    /// <summary>Not known.</summary>
    Unknown = 0,

    /// <summary>Invitations to any domain (the default).</summary>
    None = 1,

    /// <summary>Invitations only to the listed domains.</summary>
    Allow = 2,

    /// <summary>Invitations to any domain but the listed ones.</summary>
    Deny = 3,
}

/// <summary>The Microsoft Entra tenant behind a domain.</summary>
/// <param name="Status">Whether one was found.</param>
/// <param name="TenantId">The tenant's ID when <see cref="PartnerStatus.Tenant"/>.</param>
public sealed record PartnerTenant(PartnerStatus Status, string? TenantId);

/// <summary>What resolving a domain to its tenant found.</summary>
public enum PartnerStatus
{
    /// <summary>The snapshot did not resolve this domain (pull with <c>--for</c> the batches).</summary>
    NotResolved = 0,

    /// <summary>No Microsoft Entra tenant has the domain: a consumer or unmanaged domain.</summary>
    NoTenant = 1,

    /// <summary>A tenant has the domain.</summary>
    Tenant = 2,
}

/// <summary>The inbound cross-tenant access settings in force for one partner tenant.</summary>
/// <param name="B2BCollaboration">Whether the partner's users may be invited for B2B collaboration.</param>
/// <param name="IsMfaAccepted">Whether MFA done in the partner's tenant is trusted.</param>
/// <param name="FromPartnerEntry">True when the partner has its own entry; false when the default applies.</param>
public sealed record CrossTenantInbound(InboundAccess B2BCollaboration, bool IsMfaAccepted, bool FromPartnerEntry)
{
    /// <summary>Settings nobody could read.</summary>
    public static CrossTenantInbound Unknown { get; } = new(InboundAccess.Unknown, false, false);
}

/// <summary>Inbound B2B collaboration access for a partner's users and groups.</summary>
public enum InboundAccess
{
    /// <summary>Not known.</summary>
    Unknown = 0,

    /// <summary>All of the partner's users and groups may be invited.</summary>
    Allowed = 1,

    /// <summary>All of them are blocked.</summary>
    Blocked = 2,

    /// <summary>Only selected users and groups may be invited; all others are blocked.</summary>
    AllowedForSelected = 3,

    /// <summary>Selected users and groups are blocked; all others may be invited.</summary>
    BlockedForSelected = 4,
}
