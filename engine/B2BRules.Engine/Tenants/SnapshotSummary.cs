using System.Globalization;
using B2BRules.Sdk.Tenants;

namespace B2BRules.Engine.Tenants;

/// <summary><c>b2brules tenant show</c>: what a snapshot holds, in counts and settings; never an address.</summary>
public static class SnapshotSummary
{
    public static void Write(SnapshotContent snapshot, string fileName, DateTimeOffset now, TextWriter text)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(text);
        string Known(TenantFact fact, Func<string> describe) => snapshot.Unknown.Contains(fact) ? "unknown" : describe();
        var age = (int)Math.Floor((now - snapshot.TakenAt).TotalDays);
        void Line(string label, string value) => text.WriteLine($"  {(label + ":").PadRight(27)} {value}");
        text.WriteLine(fileName);
        Line("tenant", $"{snapshot.TenantId}{(snapshot.TenantName is { } name ? $" ({name})" : string.Empty)}");
        Line(snapshot.Origin == SnapshotOrigin.Pulled ? "pulled" : "imported", string.Create(CultureInfo.InvariantCulture,
            $"{snapshot.TakenAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC ({(age <= 0 ? "today" : age == 1 ? "1 day ago" : $"{age} days ago")})"));
        Line("users", Known(TenantFact.Users, () => string.Create(CultureInfo.InvariantCulture, $"{snapshot.Users.UserCount:N0} ({snapshot.Users.Count:N0} addresses, kept as keyed hashes)")));
        Line("domains", Known(TenantFact.Domains, () => Domains(snapshot.Domains)));
        Line("who may invite", Known(TenantFact.AllowInvitesFrom, () => SnapshotFile.Name(snapshot.AllowInvitesFrom)));
        Line("collaboration restrictions", Known(TenantFact.CollaborationRestrictions, () => Restrictions(snapshot.CollaborationRestrictions)));
        Line("cross-tenant access", Known(TenantFact.CrossTenantAccess, () => CrossTenant(snapshot.CrossTenantAccess)));
        Line("partner tenants", Known(TenantFact.PartnerTenants, () => Partners(snapshot.PartnerTenants)));
        Line("unknown facts", snapshot.Unknown.Count == 0
            ? "none"
            : $"{string.Join(", ", snapshot.Unknown.Order().Select(SnapshotFile.Name))} ({(snapshot.Origin == SnapshotOrigin.Pulled ? "Graph did not give them" : "the import did not state them")})");
    }

    private static string Domains(IReadOnlyList<TenantDomain> domains) =>
        domains.Count == 0 ? "none" : string.Create(CultureInfo.InvariantCulture,
            $"{domains.Count} ({domains.Count(d => d.IsVerified)} verified): {string.Join(", ", domains.Take(8).Select(d => d.Name + (d.IsVerified ? string.Empty : " (unverified)")))}{(domains.Count > 8 ? ", …" : string.Empty)}");

    private static string Restrictions(CollaborationRestrictions restrictions) => restrictions.Mode switch
    {
        RestrictionMode.Allow => string.Create(CultureInfo.InvariantCulture, $"allow list of {restrictions.Domains.Count} domain(s): {string.Join(", ", restrictions.Domains.Take(8))}"),
        RestrictionMode.Deny => string.Create(CultureInfo.InvariantCulture, $"deny list of {restrictions.Domains.Count} domain(s): {string.Join(", ", restrictions.Domains.Take(8))}"),
        _ => "none (invitations to any domain)",
    };

    private static string CrossTenant(CrossTenantSettings settings) => string.Create(CultureInfo.InvariantCulture,
        $"default inbound B2B collaboration {Access(settings.Default.B2BCollaboration)}, MFA {(settings.Default.IsMfaAccepted == true ? "trusted" : "not trusted")}; {settings.Partners.Count} partner entr{(settings.Partners.Count == 1 ? "y" : "ies")}");

    private static string Access(InboundAccess? access) => access is { } a ? SnapshotFile.Name(a) : "unknown";

    private static string Partners(IReadOnlyDictionary<string, string?> partners) => string.Create(CultureInfo.InvariantCulture,
        $"{partners.Count} domain(s) resolved, {partners.Count(p => p.Value is null)} of them without a tenant");
}
