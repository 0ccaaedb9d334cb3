using System.Collections.Frozen;

namespace B2BRules.Sdk;

/// <summary>Small helpers over email addresses that many rules need.</summary>
public static class EmailAddress
{
    // Several rules ask for the domain and local part of the same row's email cell (the very same string instance), so
    // the last answer on each thread is kept: one allocation per row instead of one per rule.
    [ThreadStatic]
    private static (string? Email, string? Domain) t_lastDomain;

    [ThreadStatic]
    private static (string? Email, string? LocalPart) t_lastLocalPart;

    /// <summary>The domain of an address, trimmed and lower-cased; <see langword="null"/> when there is no '@'.</summary>
    /// <param name="email">The address.</param>
    /// <returns>The domain, or <see langword="null"/>.</returns>
    public static string? DomainOf(string? email)
    {
        if (email is null)
        {
            return null;
        }

        var last = t_lastDomain;
        if (ReferenceEquals(last.Email, email))
        {
            return last.Domain;
        }

        var at = email.LastIndexOf('@');
        var domain = at < 0 ? [] : email.AsSpan(at + 1).Trim().TrimEnd('.');
        var result = domain.IsEmpty ? null : LowerCase(domain);
        t_lastDomain = (email, result);
        return result;
    }

    /// <summary>The local part of an address (before the last '@'), trimmed and lower-cased; <see langword="null"/> without '@'.</summary>
    /// <param name="email">The address.</param>
    /// <returns>The local part, or <see langword="null"/>.</returns>
    public static string? LocalPartOf(string? email)
    {
        if (email is null)
        {
            return null;
        }

        var last = t_lastLocalPart;
        if (ReferenceEquals(last.Email, email))
        {
            return last.LocalPart;
        }

        var at = email.LastIndexOf('@');
        var result = at < 0 ? null : LowerCase(email.AsSpan(0, at).Trim());
        t_lastLocalPart = (email, result);
        return result;
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
            if (Contains(domains, candidate))
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

    // Sets of strings with an ordinal comparer look spans up without making a string of each suffix.
    private static bool Contains(IReadOnlySet<string> set, ReadOnlySpan<char> value) => set switch
    {
        FrozenSet<string> frozen when frozen.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup) => lookup.Contains(value),
        HashSet<string> hashed when hashed.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup) => lookup.Contains(value),
        _ => set.Contains(value.ToString()),
    };

    private static string LowerCase(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.ToLowerInvariant(c) != c)
            {
                return text.ToString().ToLowerInvariant();
            }
        }

        return text.ToString();
    }
}
