using B2BRules.Sdk;

namespace B2BRules.Plugins.DirectoryRules;

/// <summary>What the directory rules share.</summary>
internal static class SnapshotFacts
{
    /// <summary>The invitee's domain, lower-case, or null when the address has none.</summary>
    public static string? DomainOf(InvitationRow row) => EmailAddress.DomainOf(row.Email)?.ToLowerInvariant();
}
