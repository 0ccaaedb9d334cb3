using B2BRules.Sdk.Tenants;

namespace B2BRules.Engine.Tenants;

/// <summary>
/// The addresses that identify a directory user, as Microsoft documents the "already invited" lookup: the
/// userPrincipalName, mail, each SMTP entry of proxyAddresses (<c>SMTP:</c> primary or <c>smtp:</c> secondary; other
/// kinds such as <c>sip:</c> are not mail addresses) and each of otherMails. Normalised as invitee addresses are:
/// trimmed and lower-cased.
/// </summary>
public static class DirectoryAddresses
{
    public static IEnumerable<(string Address, AddressProperty Property)> Of(
        string? userPrincipalName, string? mail, IEnumerable<string>? proxyAddresses, IEnumerable<string>? otherMails)
    {
        if (Normalise(userPrincipalName) is { } upn)
        {
            yield return (upn, AddressProperty.UserPrincipalName);
        }

        if (Normalise(mail) is { } primary)
        {
            yield return (primary, AddressProperty.Mail);
        }

        foreach (var proxy in proxyAddresses ?? [])
        {
            if (proxy.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase) && Normalise(proxy[5..]) is { } smtp)
            {
                yield return (smtp, AddressProperty.ProxyAddress);
            }
        }

        foreach (var other in otherMails ?? [])
        {
            if (Normalise(other) is { } address)
            {
                yield return (address, AddressProperty.OtherMail);
            }
        }
    }

    /// <summary>An address as it is hashed and looked up: trimmed, lower-cased; null when empty or not an address.</summary>
    public static string? Normalise(string? address) =>
        address?.Trim() is { Length: > 0 } trimmed && trimmed.Contains('@', StringComparison.Ordinal) ? trimmed.ToLowerInvariant() : null;
}
