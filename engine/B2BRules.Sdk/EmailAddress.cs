namespace B2BRules.Sdk;

/// <summary>Small helpers over email addresses that many rules need.</summary>
public static class EmailAddress
{
    /// <summary>The domain of an address, trimmed and lower-cased; <see langword="null"/> when there is no '@'.</summary>
    /// <param name="email">The address.</param>
    /// <returns>The domain, or <see langword="null"/>.</returns>
    public static string? DomainOf(string? email)
    {
        var at = email?.LastIndexOf('@') ?? -1;
        if (at < 0)
        {
            return null;
        }

        var domain = email![(at + 1)..].Trim().TrimEnd('.');
        return domain.Length == 0 ? null : domain.ToLowerInvariant();
    }

    /// <summary>The local part of an address (before the last '@'), trimmed and lower-cased; <see langword="null"/> without '@'.</summary>
    /// <param name="email">The address.</param>
    /// <returns>The local part, or <see langword="null"/>.</returns>
    public static string? LocalPartOf(string? email)
    {
        var at = email?.LastIndexOf('@') ?? -1;
        return at < 0 ? null : email![..at].Trim().ToLowerInvariant();
    }

    /// <summary>
    /// Whether a domain is one of the listed domains or a subdomain of one (<c>mail.fabrikam.com</c> is in
    /// <c>fabrikam.com</c>), as tenant collaboration allow and deny lists match.
    /// </summary>
    /// <param name="domain">The domain, lower-case.</param>
    /// <param name="domains">The listed domains.</param>
    /// <returns><see langword="true"/> when it matches.</returns>
    public static bool IsInDomains(string domain, IReadOnlySet<string> domains)
    {
        ArgumentNullException.ThrowIfNull(domain);
        ArgumentNullException.ThrowIfNull(domains);
        var candidate = domain.AsSpan();
        while (true)
        {
            if (domains.Contains(candidate.ToString()))
            {
                return true;
            }

            var dot = candidate.IndexOf('.');
            if (dot < 0)
            {
                return false;
            }

            candidate = candidate[(dot + 1)..];
        }
    }
}
