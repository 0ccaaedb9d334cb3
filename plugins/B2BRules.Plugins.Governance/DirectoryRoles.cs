namespace B2BRules.Plugins.Governance;

/// <summary>
/// Directory role tokens: PascalCase role names (case-insensitive, spaces ignored) or role template IDs, so that
/// <c>GuestInviter</c>, <c>Guest Inviter</c> and <c>95e79109-95c0-4d8e-aee3-d01accf2d47b</c> are one role.
/// </summary>
internal static class DirectoryRoles
{
    private static readonly Dictionary<string, string> NameByTemplateId = new(StringComparer.OrdinalIgnoreCase)
    {
        ["62e90394-69f5-4237-9190-012177145e10"] = "globaladministrator",
        ["fe930be7-5e62-47db-91af-98c3a49a38b1"] = "useradministrator",
        ["95e79109-95c0-4d8e-aee3-d01accf2d47b"] = "guestinviter",
        ["be2f45a1-457d-42af-a067-6ec1fa63bc45"] = "externalidentityprovideradministrator",
    };

    public static string Normalise(string token)
    {
        var trimmed = token.Trim();
        return NameByTemplateId.TryGetValue(trimmed, out var name)
            ? name
            : trimmed.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
    }
}
