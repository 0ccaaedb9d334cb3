using System.Collections.Frozen;

namespace B2BRules.Sdk;

/// <summary>Small helpers over email addresses that many rules need.</summary>
public static class EmailAddress
{
    // Several rules ask for the domain and local part of the same row's email cell (the very same string instance), so
    // the last answer on each thread is kept: one allocation per row instead of one per rule.
    [ThreadStatic]
    private static (string? Email, string? Part) t_lastDomain;

    [ThreadStatic]
    private static (string? Email, string? Part) t_lastLocalPart;

    // A batch names few domains (its partners and the consumer providers) across up to a million rows, so each thread
    // keeps the domains it has returned: rows, and the findings that quote a domain, share one string per domain
    // instead of one per row. Bounded, so that a batch of a million distinct domains costs no more than before.
    private const int MaxSharedDomains = 4096;

    [ThreadStatic]
    private static HashSet<string>? t_domains;

    /// <summary>The domain of an address, trimmed and lower-cased; <see langword="null"/> when there is no '@'.</summary>
    /// <param name="email">The address.</param>
    /// <returns>The domain, or <see langword="null"/>.</returns>
    public static string? DomainOf(string? email) => email is null ? null : Remembered(ref t_lastDomain, email, static e =>
    {
        var at = e.LastIndexOf('@');
        var domain = at < 0 ? [] : e.AsSpan(at + 1).Trim().TrimEnd('.');
        return domain.IsEmpty ? null : SharedDomain(domain);
    });

    /// <summary>The local part of an address (before the last '@'), trimmed and lower-cased; <see langword="null"/> without '@'.</summary>
    /// <param name="email">The address.</param>
    /// <returns>The local part, or <see langword="null"/>.</returns>
    public static string? LocalPartOf(string? email) => email is null ? null : Remembered(ref t_lastLocalPart, email, static e =>
    {
        var at = e.LastIndexOf('@');
        return at < 0 ? null : LowerCase(e.AsSpan(0, at).Trim());
    });

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

    private static string? Remembered(ref (string? Email, string? Part) last, string email, Func<string, string?> part)
    {
        if (!ReferenceEquals(last.Email, email))
        {
            last = (email, part(email));
        }

        return last.Part;
    }

    // Sets of strings with an ordinal comparer look spans up without making a string of each suffix.
    private static bool Contains(IReadOnlySet<string> set, ReadOnlySpan<char> value) => set switch
    {
        FrozenSet<string> frozen when frozen.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup) => lookup.Contains(value),
        HashSet<string> hashed when hashed.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup) => lookup.Contains(value),
        _ => set.Contains(value.ToString()),
    };

    private static string SharedDomain(ReadOnlySpan<char> domain)
    {
        if (domain.Length > 255)
        {
            return LowerCase(domain); // longer than any DNS name: not worth keeping
        }

        Span<char> lower = stackalloc char[domain.Length];
        domain.ToLowerInvariant(lower);
        var known = t_domains ??= new HashSet<string>(StringComparer.Ordinal);
        if (known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out var shared))
        {
            return shared;
        }

        var text = lower.ToString();
        if (known.Count < MaxSharedDomains)
        {
            known.Add(text);
        }

        return text;
    }

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
