using B2BRules.Engine.Checking;
using B2BRules.Sdk.Tenants;

namespace B2BRules.Engine.Tenants;

/// <summary>What <c>b2brules tenant import</c> builds a snapshot from.</summary>
/// <param name="UsersPath">The admin center's "Download users" CSV.</param>
/// <param name="TenantId">The tenant's ID (a GUID).</param>
/// <param name="Domains">The tenant's verified domains (<c>--domain</c>, repeatable); none means the fact is unknown.</param>
/// <param name="AllowInvitesFrom">Who may invite (<c>--allow-invites-from</c>), or null when not stated.</param>
/// <param name="TenantName">The tenant's display name, or null.</param>
public sealed record TenantImportRequest(string UsersPath, string TenantId, IReadOnlyList<string> Domains, string? AllowInvitesFrom, string? TenantName = null);

/// <summary>
/// <c>b2brules tenant import</c>: the snapshot <c>tenant pull</c> makes, for administrators with no app registration,
/// from the users download and what they state on the command line. What they cannot state from the admin center's
/// files (cross-tenant access, collaboration restrictions, the partner tenants of invitee domains) is recorded as unknown.
/// </summary>
public static class TenantImport
{
    public static (SnapshotContent Content, UsersCsv.Summary Users) Build(TenantImportRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Guid.TryParse(request.TenantId, out var tenant))
        {
            throw new UsageException($"--tenant-id '{request.TenantId}' is not a tenant ID (a GUID).");
        }

        var invite = ParseInviteSetting(request.AllowInvitesFrom);
        if (!File.Exists(request.UsersPath))
        {
            throw new UsageException($"The users file '{request.UsersPath}' does not exist.");
        }

        var builder = new AddressIndex.Builder();
        UsersCsv.Summary summary;
        try
        {
            summary = UsersCsv.Read(request.UsersPath, builder);
        }
        catch (SnapshotException e)
        {
            throw new UsageException($"The users file '{request.UsersPath}' {e.Message}.", e);
        }

        var unknown = new HashSet<TenantFact> { TenantFact.CrossTenantAccess, TenantFact.CollaborationRestrictions, TenantFact.PartnerTenants };
        if (request.Domains.Count == 0)
        {
            unknown.Add(TenantFact.Domains);
        }

        if (invite == InviteSetting.Unknown)
        {
            unknown.Add(TenantFact.AllowInvitesFrom);
        }

        var content = new SnapshotContent
        {
            TenantId = tenant.ToString(),
            TenantName = request.TenantName,
            TakenAt = now,
            Origin = SnapshotOrigin.Imported,
            Unknown = unknown,
            Domains = [.. request.Domains.Select(d => new TenantDomain(d.Trim().TrimStart('@').ToLowerInvariant(), true)).DistinctBy(d => d.Name)],
            AllowInvitesFrom = invite,
            Users = builder.Build(),
        };
        return (content, summary);
    }

    /// <summary>The four values Graph's <c>allowInvitesFrom</c> takes, in any case; null is unknown.</summary>
    public static InviteSetting ParseInviteSetting(string? value)
    {
        if (value is null)
        {
            return InviteSetting.Unknown;
        }

        return Enum.TryParse<InviteSetting>(value.Trim(), ignoreCase: true, out var setting) && setting != InviteSetting.Unknown && !char.IsDigit(value.Trim()[0])
            ? setting
            : throw new UsageException($"--allow-invites-from '{value}' is not one of: none, adminsAndGuestInviters, adminsGuestInvitersAndAllMembers, everyone.");
    }
}
